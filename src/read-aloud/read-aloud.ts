// 朗读, loaded by ReadAloud.astro the first time a reader asks for it: reads the report from a
// block on through the rest of the page in the browser's Chinese voice, one sentence (or clause)
// an utterance, marking the sentence and keeping it in view, with 暂停/继续, 停止 and 慢/中/快 on
// screen. The report's text is data: only textContent and DOM methods here, never innerHTML.
import barCss from '../styles/read-aloud-bar.css?inline';
import { isSpeed, pickVoice, pieces, RATES, type Piece, type Speed, type SpeechPart } from './speech-text.ts';

/** What is read: the report's blocks, in the order the page shows them. */
// A heading the site adds for a part run into its first paragraph is not read: the lead is.
const BLOCKS = 'h1:not(.visually-hidden), h2:not(.visually-hidden), h3, h4, .issuer, .cover-line, .para, tr.row';
/** Shown, never said: paragraph and row numbers, heading anchors. */
const SILENT = '.pnum, .rnum-cell, .hlink';
const synth = speechSynthesis;

const create = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text = '') => {
  const element = document.createElement(tag);
  element.className = className;
  element.textContent = text;
  return element;
};

/** A part of a block and where its characters are in the page's text nodes. */
interface DomPart extends SpeechPart {
  nodes: { node: Text; at: number }[];
}

/** A block as parts: a run-in head (<strong>) and the rest of a paragraph, a row's cells, a heading. */
function partsOf(block: Element): DomPart[] {
  const containers = block.matches('tr') ? [...block.children].filter((cell) => !cell.matches(SILENT)) : [block];
  const parts: DomPart[] = [];
  for (const container of containers) {
    let part: DomPart | undefined;
    let inStrong: Element | null | undefined;
    const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      if (node.parentElement?.closest(SILENT)) continue;
      const strong = node.parentElement?.closest('strong');
      if (!part || strong !== inStrong) {
        part = { text: '', nodes: [], label: (container as HTMLElement).dataset.label };
        parts.push(part);
        inStrong = strong;
      }
      part.nodes.push({ node, at: part.text.length });
      part.text += node.data;
    }
  }
  return parts;
}

/** A DOM point for an offset in a part's text. */
function pointAt(part: DomPart, offset: number): [Text, number] {
  let found = part.nodes[0]!;
  for (const entry of part.nodes) if (entry.at <= offset) found = entry;
  return [found.node, Math.min(offset - found.at, found.node.length)];
}

// The controls, in the container ReadAloud.astro put on the page beside the 朗读 button.
const box = document.querySelector<HTMLElement>('.read-aloud')!;
const startButton = box.querySelector<HTMLButtonElement>('.read-aloud-start')!;
const style = document.createElement('style');
style.textContent = barCss;
document.head.append(style);
const bar = create('div', 'read-aloud-bar');
bar.setAttribute('role', 'group');
bar.setAttribute('aria-label', '朗读控制');
bar.hidden = true;
const button = (label: string, className = '') => {
  const element = create('button', className, label);
  element.type = 'button';
  return element;
};
const pauseButton = button('暂停', 'read-aloud-pause');
const stopButton = button('停止', 'read-aloud-stop');
const speeds = create('div', 'read-aloud-speeds');
speeds.setAttribute('role', 'group');
speeds.setAttribute('aria-label', '语速');
const speedButtons = (Object.keys(RATES) as Speed[]).map((speed) => {
  const element = button(speed);
  element.dataset.speed = speed;
  element.setAttribute('aria-label', `语速${speed}`);
  return element;
});
speeds.append(...speedButtons);
bar.append(pauseButton, stopButton, speeds);
// What happens is said to screen readers, not each sentence (the voice says those).
const status = create('div', 'read-aloud-status visually-hidden');
status.setAttribute('role', 'status');
box.append(bar, status);
const announce = (message: string) => (status.textContent = message);

let speed: Speed = '中';
try {
  const saved = localStorage.getItem('read-aloud-speed');
  if (isSpeed(saved)) speed = saved;
} catch {}
const showSpeed = () => {
  for (const element of speedButtons) element.setAttribute('aria-pressed', String(element.dataset.speed === speed));
};
showSpeed();

// Where the reading is: the page's blocks, the one being read and its pieces.
let blocks: Element[] = [];
let index = 0;
let parts: DomPart[] = [];
let said: Piece[] = [];
let at = 0;
let state: 'stopped' | 'reading' | 'paused' = 'stopped';
/** Counts utterances, so that events of one cancelled or replaced are ignored. */
let spoken = 0;
let timer: number | undefined;
const mark = 'CSS' in window && 'highlights' in CSS ? CSS.highlights : undefined;

function clearMark(): void {
  mark?.delete('read-aloud');
  document.querySelector('.read-aloud-block')?.classList.remove('read-aloud-block');
}

/** Marks the sentence being read and scrolls it into the part of the viewport the bar leaves free. */
function show(block: Element, piece: Piece): void {
  const part = parts[piece.part]!;
  const range = document.createRange();
  range.setStart(...pointAt(part, piece.sentence[0]));
  range.setEnd(...pointAt(part, piece.sentence[1]));
  if (!block.classList.contains('read-aloud-block')) {
    clearMark();
    block.classList.add('read-aloud-block');
  }
  mark?.set('read-aloud', new Highlight(range));
  const rect = range.getBoundingClientRect();
  const bottom = innerHeight - bar.getBoundingClientRect().height - 16;
  if (rect.top < 16 || rect.bottom > bottom) {
    const smooth = matchMedia('(prefers-reduced-motion: no-preference)').matches;
    scrollBy({ top: rect.top - innerHeight / 4, behavior: smooth ? 'smooth' : 'instant' });
  }
}

/** Speaks the current piece, moving on to the next block when this one is done. */
function speak(): void {
  clearTimeout(timer);
  while (at >= said.length) {
    if (++index >= blocks.length) return stop('朗读完毕');
    load();
  }
  const block = blocks[index]!;
  const piece = said[at]!;
  show(block, piece);
  const voice = pickVoice(synth.getVoices());
  if (!voice) return stop('没有可用的中文语音');
  const utterance = new SpeechSynthesisUtterance(piece.text);
  utterance.voice = voice;
  utterance.lang = voice.lang.replace('_', '-');
  utterance.rate = RATES[speed];
  const mine = ++spoken;
  const next = () => {
    if (mine !== spoken || state !== 'reading') return;
    at++;
    // A heading, or the end of a block, is followed by a pause, as a reader would make one.
    const last = at >= said.length;
    timer = window.setTimeout(speak, last ? (/^H\d$/.test(block.tagName) ? 500 : 250) : 0);
  };
  utterance.onend = next;
  // A cancelled utterance ends with 'interrupted' or 'canceled': ignored as stale. Any other error
  // (a voice that cannot say a piece) moves on rather than stalling.
  utterance.onerror = next;
  synth.cancel();
  synth.speak(utterance);
}

function load(): void {
  parts = partsOf(blocks[index]!);
  said = pieces(parts);
  at = 0;
}

function setState(next: typeof state): void {
  state = next;
  const reading = next !== 'stopped';
  bar.hidden = !reading;
  startButton.hidden = reading;
  document.documentElement.classList.toggle('is-reading-aloud', reading);
  pauseButton.textContent = next === 'paused' ? '继续' : '暂停';
}

/** Reads from a block (a paragraph, heading or row), or from the first one in view. */
export function start(from?: Element): void {
  blocks = [...document.querySelectorAll('article.report-text')].flatMap((article) => [
    ...article.querySelectorAll(BLOCKS),
  ]);
  const chosen = from?.closest(BLOCKS) ?? blocks.find((block) => block.getBoundingClientRect().bottom > 8);
  index = Math.max(0, chosen ? blocks.indexOf(chosen) : 0);
  if (blocks.length === 0) return;
  const focused = box.contains(document.activeElement) || document.activeElement === document.body;
  setState('reading');
  load();
  announce('开始朗读');
  speak();
  if (focused || from) pauseButton.focus();
}

/** Stops reading; the next 朗读 starts again from the paragraph in view. */
function stop(message = '已停止'): void {
  const focused = box.contains(document.activeElement);
  clearTimeout(timer);
  spoken++;
  synth.cancel();
  clearMark();
  setState('stopped');
  announce(message);
  if (focused) startButton.focus();
}

// Pausing cancels and resuming says the sentence again from its start: speechSynthesis.pause()
// cancels on Chrome for Android (https://github.com/HadrienGardeur/read-aloud-best-practices/issues/5)
// and, where it works, a paused synthesizer keeps later pages silent until resumed.
pauseButton.addEventListener('click', () => {
  if (state === 'reading') {
    clearTimeout(timer);
    spoken++;
    synth.cancel();
    setState('paused');
    announce('已暂停');
  } else if (state === 'paused') {
    setState('reading');
    announce('继续朗读');
    speak();
  }
});
stopButton.addEventListener('click', () => stop());
for (const element of speedButtons) {
  element.addEventListener('click', () => {
    speed = element.dataset.speed as Speed;
    showSpeed();
    try {
      localStorage.setItem('read-aloud-speed', speed);
    } catch {}
    announce(`语速${speed}`);
    // Heard at once: the sentence starts again at the new speed.
    if (state === 'reading') speak();
  });
}
bar.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') stop();
});
// Leaving the page (a link, back, closing the tab) ends the reading; a page restored from the
// back/forward cache shows 朗读 again.
addEventListener('pagehide', () => {
  if (state !== 'stopped') stop();
});

// Loaded on demand by ReadAloud.astro's inline script, which waits for this to act.
document.dispatchEvent(new CustomEvent('read-aloud-ready', { detail: { start } }));
