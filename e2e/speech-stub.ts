// A speechSynthesis for the browser tests and screenshots: headless Chromium has no voices. It
// records every utterance and says nothing; a test ends the one being "spoken" when it wants
// (`ttsEnd(page)`), or lets each end by itself after `autoEnd` ms.
import type { BrowserContext, Page } from 'playwright-core';

export interface StubOptions {
  /** The voices' languages, listed after a moment (browsers load them late); none by default. */
  voices?: readonly string[];
  /** Remove speechSynthesis altogether. */
  absent?: boolean;
  /** End each utterance by itself after this many ms. */
  autoEnd?: number;
}

/** What the page spoke, as the stub recorded it. */
export interface Spoken {
  text: string;
  lang: string;
  rate: number;
  voice: string | undefined;
}

export async function stubSpeech(context: BrowserContext, options: StubOptions = {}): Promise<void> {
  await context.addInitScript((options: StubOptions) => {
    if (options.absent) {
      delete (window as { speechSynthesis?: unknown }).speechSynthesis;
      delete (Window.prototype as { speechSynthesis?: unknown }).speechSynthesis;
      return;
    }
    type Utterance = {
      text: string;
      lang: string;
      rate: number;
      voice: { name: string } | null;
      onstart?: (() => void) | null;
      onend?: (() => void) | null;
      onerror?: ((event: { error: string }) => void) | null;
    };
    const log = { spoken: [] as Utterance[], cancels: 0, current: null as Utterance | null };
    let voices: { lang: string; name: string; localService: boolean; default: boolean; voiceURI: string }[] = [];
    const synth = new EventTarget() as EventTarget & Record<string, unknown>;
    const finish = (utterance: Utterance, error?: string) => {
      if (log.current !== utterance) return;
      log.current = null;
      if (error) utterance.onerror?.({ error });
      else utterance.onend?.();
    };
    Object.assign(synth, {
      speaking: false,
      paused: false,
      pending: false,
      getVoices: () => voices,
      speak(utterance: Utterance) {
        if (log.current) finish(log.current, 'interrupted');
        log.spoken.push(utterance);
        log.current = utterance;
        queueMicrotask(() => utterance.onstart?.());
        if (options.autoEnd) setTimeout(() => finish(utterance), options.autoEnd);
      },
      cancel() {
        log.cancels++;
        try {
          sessionStorage.setItem('tts-cancels', String(Number(sessionStorage.getItem('tts-cancels') ?? 0) + 1));
        } catch {}
        if (log.current) finish(log.current, 'canceled');
      },
      pause() {},
      resume() {},
    });
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    class FakeUtterance {
      text: string;
      lang = '';
      rate = 1;
      pitch = 1;
      volume = 1;
      voice: { name: string } | null = null;
      onstart = null;
      onend = null;
      onerror = null;
      constructor(text = '') {
        this.text = text;
      }
    }
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: FakeUtterance, configurable: true });
    (window as unknown as { tts: unknown }).tts = {
      log,
      end: () => log.current && finish(log.current),
    };
    if (options.voices?.length) {
      setTimeout(() => {
        voices = options.voices!.map((lang) => ({
          lang,
          name: `Voice ${lang}`,
          localService: true,
          default: false,
          voiceURI: lang,
        }));
        synth.dispatchEvent(new Event('voiceschanged'));
      }, 50);
    }
  }, options);
}

/** The stub as the page holds it. */
interface Tts {
  log: { spoken: { text: string; lang: string; rate: number; voice: { name: string } | null }[]; cancels: number };
  end(): void;
}

/** Every utterance spoken on the page so far. */
export function spoken(page: Page): Promise<Spoken[]> {
  return page.evaluate(() =>
    (window as unknown as { tts: Tts }).tts.log.spoken.map((utterance) => ({
      text: utterance.text,
      lang: utterance.lang,
      rate: utterance.rate,
      voice: utterance.voice?.name,
    })),
  );
}

/** Waits until the page has spoken `count` utterances in all, and returns them. */
export async function waitForSpoken(page: Page, count: number): Promise<Spoken[]> {
  await page.waitForFunction((count) => (window as unknown as { tts: Tts }).tts.log.spoken.length >= count, count);
  return spoken(page);
}

/** Ends the utterance being spoken, as the voice would when done. */
export async function ttsEnd(page: Page): Promise<void> {
  await page.evaluate(() => (window as unknown as { tts: Tts }).tts.end());
}

/** The text of the sentence marked as being read. */
export function markedSentence(page: Page): Promise<string | undefined> {
  return page.evaluate(() => {
    const highlight = CSS.highlights.get('read-aloud');
    return highlight ? [...highlight][0]?.toString() : undefined;
  });
}
