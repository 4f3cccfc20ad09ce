// npm run screenshot -- [path] [out-dir]: phone and desktop shots of a built page, both themes,
// for looking at what we build. Not a test. READ_ALOUD=1 shoots the page while 朗读 reads it (a
// stubbed Chinese voice: headless Chromium has none), from the paragraph in view, or from
// READ_ALOUD=p40. ELDER=1 shoots it in 长者模式 (as stored by the switch), PHONE_WIDTH=320 on a
// smaller phone.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DESKTOP, PHONE, launchBrowser, serveDist } from '../e2e/browser.ts';
import { stubSpeech, ttsEnd, waitForSpoken } from '../e2e/speech-stub.ts';

const path = process.argv[2] ?? '';
const outDir = process.argv[3] ?? '/tmp/shots';
mkdirSync(outDir, { recursive: true });
const elder = process.env.ELDER === '1';
const phone = {
  ...PHONE,
  viewport: { ...PHONE.viewport!, width: Number(process.env.PHONE_WIDTH ?? PHONE.viewport!.width) },
};
// SITE_OUT_DIR shoots another build, such as a collection's (npm run build:collection).
const server = await serveDist(undefined, process.env.SITE_OUT_DIR ? resolve(process.env.SITE_OUT_DIR) : undefined);
const browser = await launchBrowser('browser'); // what readers see
try {
  for (const [name, options] of [
    [`phone${phone.viewport.width}`, phone],
    ['desktop', DESKTOP],
  ] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ ...options, colorScheme: scheme });
      const reading = process.env.READ_ALOUD;
      if (reading) await stubSpeech(context, { voices: ['zh-CN'] });
      if (elder) await context.addInitScript(() => localStorage.setItem('elder-mode', '1'));
      const page = await context.newPage();
      const url = `${server.origin}${server.base}${path.replace(/^\//, '')}`;
      await page.goto(url);
      // A search link: shoot its results, which the search's worker sends after the load.
      if (new URL(url).searchParams.get('q')?.trim()) await page.waitForSelector('#search-results[data-query]');
      if (reading) {
        const from = /^[a-z]\w*$/i.test(reading) ? reading : undefined;
        if (from) await page.evaluate((id) => document.getElementById(id)?.scrollIntoView(), from);
        await page.getByRole('button', { name: '朗读', exact: true }).click();
        // On to the second sentence, so that the shot shows reading under way.
        await waitForSpoken(page, 1);
        await ttsEnd(page);
        await waitForSpoken(page, 2);
        await page.waitForTimeout(600);
      }
      const file = join(
        outDir,
        `${path.replace(/[^a-z0-9]+/gi, '_') || 'home'}-${name}-${scheme}${elder ? '-elder' : ''}${reading ? '-reading' : ''}.png`,
      );
      await page.screenshot({ path: file, fullPage: process.env.FULL === '1' });
      console.log(file);
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
