// What a page costs a slow phone's main thread: the page opened in a fresh context, 412 px wide,
// the CPU slowed down 4× (CDP Emulation.setCPUThrottlingRate), measured at load plus 1.5 s.
// Chromium's own counters (CDP Performance.getMetrics) give layout, style and script time; long
// tasks (PerformanceObserver) give total blocking time as Lighthouse defines it: each task clipped
// to the span from first contentful paint to the end of the window (Lighthouse ends at TTI, which
// comes sooner on these pages), less 50 ms where it is longer. Work before the first paint counts
// in FCP and LCP, not here: no input can wait on it.
import type { Browser, BrowserContextOptions } from 'playwright-core';
import { trackLayoutShift, layoutShift } from '../../../e2e/browser.ts';

/** Lighthouse's mobile device: a Moto G Power, 412 × 823 CSS pixels. */
export const SLOW_PHONE: BrowserContextOptions = {
  viewport: { width: 412, height: 823 },
  deviceScaleFactor: 1.75,
  isMobile: true,
  hasTouch: true,
};
export const CPU_SLOWDOWN = 4;
const SETTLE_MS = 1500;

export interface RenderCost {
  /** Sum over long tasks, clipped to start at FCP, of their time beyond 50 ms. */
  tbt: number;
  /** The longest task, from navigation on (before FCP too). */
  longest: number;
  layout: number;
  style: number;
  script: number;
  /** Largest contentful paint, from navigation start. */
  lcp: number;
  cls: number;
}

export async function renderCost(browser: Browser, url: string): Promise<RenderCost> {
  const context = await browser.newContext(SLOW_PHONE);
  await trackLayoutShift(context);
  await context.addInitScript(() => {
    const seen = window as unknown as { longTasks: [start: number, duration: number][]; lcp: number };
    seen.longTasks = [];
    seen.lcp = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) seen.longTasks.push([entry.startTime, entry.duration]);
    }).observe({ type: 'longtask', buffered: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) seen.lcp = entry.startTime;
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const before = await metrics();
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(SETTLE_MS);
  const after = await metrics();
  const { longTasks, lcp, fcp, end } = await page.evaluate(() => {
    const w = window as unknown as { longTasks: [number, number][]; lcp: number };
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0;
    return { longTasks: w.longTasks, lcp: w.lcp, fcp, end: performance.now() };
  });
  const cls = await layoutShift(page);
  await context.close();
  const delta = (name: string) => ((after.get(name) ?? 0) - (before.get(name) ?? 0)) * 1000;
  return {
    tbt: longTasks.reduce((sum, [start, duration]) => {
      const clipped = Math.min(start + duration, end) - Math.max(start, fcp);
      return sum + Math.max(0, clipped - 50);
    }, 0),
    longest: Math.max(0, ...longTasks.map(([, duration]) => duration)),
    layout: delta('LayoutDuration'),
    style: delta('RecalcStyleDuration'),
    script: delta('ScriptDuration'),
    lcp,
    cls,
  };

  async function metrics(): Promise<Map<string, number>> {
    const { metrics: list } = await cdp.send('Performance.getMetrics');
    return new Map(list.map((metric) => [metric.name, metric.value]));
  }
}

/** The median of each figure over the runs. */
export function median(runs: RenderCost[]): RenderCost {
  const mid = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const keys = Object.keys(runs[0]!) as (keyof RenderCost)[];
  return Object.fromEntries(keys.map((key) => [key, mid(runs.map((run) => run[key]))])) as unknown as RenderCost;
}
