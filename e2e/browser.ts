// Browser-test helpers in one place: finding Debian's Chromium, launching it, and serving dist/.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before } from 'node:test';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import type { Report } from '../src/schemas/report.ts';
import { serveStatic, type RunningServer } from './static-server.ts';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

// Debian's old headless shell first: the same Blink as its Chromium, without the browser's UI
// around each page, so a new page costs a third (about 0.23 s instead of 0.7 s with a part page
// loaded), which is most of a short test. The full browser is what readers run: the benchmarks
// that time rendering ask for it.
const SHELLS = ['/usr/bin/chromium-headless-shell'];
const BROWSERS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/**
 * The Chromium to drive: `CHROMIUM_PATH`, or Debian's (its headless shell unless `prefer` asks for
 * the full browser; either serves when only one is installed). Fails loudly with the install hint.
 */
export function chromiumPath(prefer: 'shell' | 'browser' = 'shell'): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist.`);
    return fromEnv;
  }
  const candidates = prefer === 'shell' ? [...SHELLS, ...BROWSERS] : [...BROWSERS, ...SHELLS];
  const found = candidates.find((path) => existsSync(path));
  if (!found) {
    throw new Error(
      "No Chromium found for the browser tests. Install Debian's: `apt-get install -y chromium chromium-headless-shell` " +
        '(or set CHROMIUM_PATH to a Chromium or Chrome binary). `npx playwright install` cannot work here.',
    );
  }
  return found;
}

export async function launchBrowser(prefer: 'shell' | 'browser' = 'shell'): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(prefer),
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
}

/** The built site, served as a static host would. `BASE_PATH` must match the build's. */
export async function serveDist(
  base = process.env.BASE_PATH ?? '/',
  dist = join(root, 'dist'),
  options: { brotli?: boolean } = {},
): Promise<RunningServer & { base: string }> {
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`${dist} is not built: run \`npm run build\` first.`);
  const normalized = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
  const server = await serveStatic(dist, normalized, options);
  return { ...server, base: normalized };
}

export const PHONE: BrowserContextOptions = {
  viewport: { width: 375, height: 740 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
};
export const DESKTOP: BrowserContextOptions = { viewport: { width: 1280, height: 860 } };

/** Whether the element's top is inside the viewport and not covered by anything at its position. */
export async function isInView(page: Page, selector: string): Promise<boolean> {
  return page.$eval(selector, (element) => {
    const box = element.getBoundingClientRect();
    if (box.top < 0 || box.top >= window.innerHeight) return false;
    const x = box.left + Math.min(box.width / 2, 40);
    const y = box.top + 4;
    const hit = document.elementFromPoint(x, y);
    return hit !== null && (hit === element || element.contains(hit));
  });
}

/** One test file's browser and server, set up before its tests and closed after them. */
export interface Site {
  browser: Browser;
  server: RunningServer & { base: string };
  /** The absolute URL of a site path, such as `/tasks/#p40` or a `url` from report.json. */
  url(path: string): string;
  /** Opens a site path in a fresh browser context. */
  open(path: string, options?: BrowserContextOptions): Promise<Page>;
}

/**
 * Registers the file's before/after hooks: serves dist/ under `BASE_PATH` and launches Chromium.
 * Paths that already start with the base path (the `url`s of report.json) are taken as they are.
 */
export function useSite(
  options: { base?: string | undefined; dist?: string; prepare?: () => void; cleanup?: () => void } = {},
): Site {
  const site = {
    url(path: string) {
      const { origin, base } = site.server;
      return `${origin}${path.startsWith(base) ? path : `${base}${path.replace(/^\//, '')}`}`;
    },
    async open(path: string, options: BrowserContextOptions = DESKTOP) {
      const context = await site.browser.newContext(options);
      const page = await context.newPage();
      await page.goto(site.url(path));
      return page;
    },
  } as Site;
  before(async () => {
    options.prepare?.();
    site.server = await serveDist(options.base, options.dist);
    site.browser = await launchBrowser();
  });
  after(async () => {
    await site.browser?.close();
    await site.server?.close();
    options.cleanup?.();
  });
  return site;
}

/**
 * Counts layout shifts in every page of a context from the first paint on: the observer is
 * registered before the page's own code. Read the sum with `layoutShift(page)`.
 */
export async function trackLayoutShift(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const counted = window as unknown as { shift: number };
    counted.shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) counted.shift += (entry as unknown as { value: number }).value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** The cumulative layout shift counted since the page loaded (see trackLayoutShift). */
export function layoutShift(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { shift: number }).shift);
}

/** A build of the site other than dist/, with its report, served and browsed like a Site. */
export interface SeparateBuild extends Site {
  report: Report;
}

/**
 * Registers the file's hooks for a site built into `dist.<name>/` with other settings (another
 * base path, another source text), served under its base path. Afterwards the folder is removed
 * and content/sections/ is generated again from the report, as dist/ was built.
 */
export function useSeparateBuild(name: string, env: { BASE_PATH?: string; REPORT_SOURCE?: string }): SeparateBuild {
  const folder = join(root, `dist.${name}`);
  let report: Report | undefined;
  const site = useSite({
    base: env.BASE_PATH,
    dist: folder,
    prepare() {
      runScript('scripts/build-site.ts', { ...env, SITE_OUT_DIR: `dist.${name}` });
      report = JSON.parse(readFileSync(join(folder, 'report.json'), 'utf8'));
    },
    cleanup() {
      rmSync(folder, { recursive: true, force: true });
      runScript('scripts/build-content.ts', {});
    },
  });
  return Object.defineProperty(site, 'report', { get: () => report }) as SeparateBuild;
}

/** Runs one of the project's scripts on this Node, failing with its output. */
function runScript(script: string, env: Record<string, string | undefined>): void {
  const result = spawnSync(process.execPath, [script], {
    cwd: root,
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`${script} failed:\n${result.stdout}\n${result.stderr}`);
}

/**
 * Whether the element's content is rendered now, not skipped by `content-visibility: auto`
 * (an off-screen paragraph of a long page is laid out only when it comes near the screen).
 */
export function isRendered(page: Page, selector: string): Promise<boolean> {
  return page.$eval(selector, (element) => {
    const inside = element.firstElementChild ?? element;
    return inside.checkVisibility({ contentVisibilityAuto: true } as CheckVisibilityOptions);
  });
}

/**
 * The element's distance from the top of the viewport once the page has settled: read at load,
 * then again after two animation frames and `ms` more; both readings are returned, so that a test
 * can tell a page that lands and stays from one that jumps after it has landed.
 */
export async function topAfterSettling(page: Page, selector: string, ms = 800): Promise<[number, number]> {
  await page.waitForLoadState('load');
  const read = () => page.$eval(selector, (element) => element.getBoundingClientRect().top);
  const first = await read();
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await page.waitForTimeout(ms);
  return [first, await read()];
}

/**
 * Whether words are on screen: a range over their first occurrence inside the element of an id
 * (a text fragment's words), its top against the viewport's height; null when they are not there.
 */
export function wordsInView(page: Page, id: string, words: string): Promise<{ top: number; height: number } | null> {
  return page.evaluate(
    ([id, words]) => {
      const element = document.getElementById(id)!;
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) {
        const node = walker.currentNode as Text;
        const at = node.data.indexOf(words);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + words.length);
        const box = range.getBoundingClientRect();
        return { top: box.top, height: innerHeight };
      }
      return null;
    },
    [id, words] as const,
  );
}
