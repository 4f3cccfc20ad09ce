// npm run screenshot -- [path] [out-dir]: phone and desktop shots of a built page, both themes,
// for looking at what we build. Not a test. ELDER=1 shoots it in 长者模式 (as stored by the
// switch), PHONE_WIDTH=320 on a smaller phone.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DESKTOP, PHONE, launchBrowser, serveDist } from '../e2e/browser.ts';

const path = process.argv[2] ?? '';
const outDir = process.argv[3] ?? '/tmp/shots';
mkdirSync(outDir, { recursive: true });
const elder = process.env.ELDER === '1';
const phone = {
  ...PHONE,
  viewport: { ...PHONE.viewport!, width: Number(process.env.PHONE_WIDTH ?? PHONE.viewport!.width) },
};
const server = await serveDist();
const browser = await launchBrowser();
try {
  for (const [name, options] of [
    [`phone${phone.viewport.width}`, phone],
    ['desktop', DESKTOP],
  ] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ ...options, colorScheme: scheme });
      if (elder) await context.addInitScript(() => localStorage.setItem('elder-mode', '1'));
      const page = await context.newPage();
      const url = `${server.origin}${server.base}${path.replace(/^\//, '')}`;
      await page.goto(url);
      const file = join(
        outDir,
        `${path.replace(/[^a-z0-9]+/gi, '_') || 'home'}-${name}-${scheme}${elder ? '-elder' : ''}.png`,
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
