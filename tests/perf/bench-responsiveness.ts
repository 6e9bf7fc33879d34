/**
 * Does the page keep answering while heavy work runs? The longest main-thread task (Long Tasks
 * API: every task over 50 ms is reported; none means the longest was under 50 ms) and the delay
 * of keys pressed while the work runs (keydown → the next frame painted).
 */
import type { Page } from '@playwright/test';
import { installKeyLatency, takeKeyLatencies } from './bench-probes';

/** Installed before any page script, beside PAGE_PROBE. */
export const LONG_TASK_PROBE = `(() => {
  const tasks = (window.__longTasks = []);
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });
})();`;

declare global {
  // Declaration merging with the DOM Window needs an interface.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface Window {
    __longTasks?: number[];
  }
}

/** The longest main-thread task since the last call, in ms; 0 when none went over 50 ms. */
export async function takeLongestTask(page: Page): Promise<number> {
  // Long-task entries are delivered after the task: one frame later they are all in.
  return page.evaluate(async () => {
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    return Math.max(0, ...(window.__longTasks ?? []).splice(0));
  });
}

/**
 * Presses `count` keys 150 ms apart once `whenVisible` is on screen (the work is under way),
 * and returns the slowest key's keydown → paint in ms.
 */
export async function slowestKeyDuring(page: Page, whenVisible: RegExp, count = 5) {
  await installKeyLatency(page);
  await takeKeyLatencies(page);
  await page.getByText(whenVisible).waitFor({ timeout: 60_000 });
  for (let key = 0; key < count; key += 1) {
    // Shift does nothing on the focused Cancel button: the key only measures the page.
    await page.keyboard.press('Shift');
    await page.waitForTimeout(150);
  }
  const latencies = await takeKeyLatencies(page);
  if (latencies.length === 0) throw new Error('No key was seen during the export');
  return Math.max(...latencies);
}
