/**
 * Scripts the benchmark runs inside the app's pages. They only observe (timestamps, IndexedDB
 * transaction times, key latency); nothing here is part of the app's bundle.
 */
import type { Page } from '@playwright/test';
import type { StoreShape } from './bare/bare';

export type TxTiming = { stores: string[]; start: number; ms: number };

declare global {
  // Declaration merging with the DOM Window needs an interface.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface Window {
    __bench?: { ready: number; control: number; tx: TxTiming[] };
    __keyLatency?: number[];
  }
}

/**
 * Installed before any page script: records when the "New workshop" link (the first usable
 * control) is in the DOM and painted, when the workshop list (or its empty message) is too, and
 * times every readwrite transaction. Works on the bare React page as well (no list there).
 */
export const PAGE_PROBE = `(() => {
  const bench = (window.__bench = { ready: 0, control: 0, tx: [] });
  const afterPaint = (stamp) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => stamp(performance.now());
      channel.port2.postMessage(0);
    });
  const original = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (names, mode, options) {
    const tx = original.call(this, names, mode, options);
    if (mode === 'readwrite') {
      const start = performance.now();
      tx.addEventListener('complete', () =>
        bench.tx.push({ stores: Array.from(tx.objectStoreNames), start, ms: performance.now() - start }),
      );
    }
    return tx;
  };
  const hasControl = () => document.querySelector('a[href="/workshops/new"]');
  const isReady = () =>
    hasControl() && document.querySelector('section.page > .workshop-list, section.page > p.muted');
  let isControlSeen = false;
  const observer = new MutationObserver(() => {
    if (!isControlSeen && hasControl()) {
      isControlSeen = true;
      afterPaint((now) => { bench.control = now; });
    }
    if (bench.ready || !isReady()) return;
    observer.disconnect();
    afterPaint((now) => { bench.ready = now; });
  });
  observer.observe(document, { childList: true, subtree: true });
})();`;

export async function loadFigures(page: Page) {
  await page.waitForFunction(() => (window.__bench?.ready ?? 0) > 0, null, { timeout: 30_000 });
  return page.evaluate(() => {
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
    const resources = performance
      .getEntriesByType('resource')
      .map((entry) => entry as PerformanceResourceTiming)
      .filter((entry) => /\.(js|css)$/.test(new URL(entry.name).pathname))
      .map((entry) => ({
        path: new URL(entry.name).pathname.slice(1),
        transfer: entry.transferSize,
        end: entry.responseEnd,
      }));
    return { fcp, ready: window.__bench!.ready, resources };
  });
}

/** When the "New workshop" link was painted and when the load event came, ms from navigation. */
export async function firstControlFigures(page: Page) {
  await page.waitForFunction(
    () => {
      const navigation = performance.getEntriesByType('navigation')[0] as
        PerformanceNavigationTiming | undefined;
      return (window.__bench?.control ?? 0) > 0 && (navigation?.loadEventEnd ?? 0) > 0;
    },
    null,
    { timeout: 30_000 },
  );
  return page.evaluate(() => {
    const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return { control: window.__bench!.control, load: navigation.loadEventStart };
  });
}

/** Key-down → the frame after it painted (rAF, then a task), for every key pressed. */
export async function installKeyLatency(page: Page) {
  await page.evaluate(() => {
    if (window.__keyLatency) return;
    const latencies: number[] = (window.__keyLatency = []);
    document.addEventListener(
      'keydown',
      (event) => {
        const at = event.timeStamp;
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => latencies.push(performance.now() - at);
          channel.port2.postMessage(0);
        });
      },
      { capture: true },
    );
  });
}

export async function takeKeyLatencies(page: Page): Promise<number[]> {
  return page.evaluate(() => (window.__keyLatency ?? []).splice(0));
}

export async function takeTransactions(page: Page): Promise<TxTiming[]> {
  return page.evaluate(() => (window.__bench?.tx ?? []).splice(0));
}

/**
 * Client-side navigation as a link click does it (history entry + popstate for the router),
 * timed until the new screen's heading is there without "Loading…" and has painted.
 */
export async function openScreen(page: Page, path: string, previousHeading: string) {
  return page.evaluate(
    async ({ path, previousHeading }) => {
      const heading = () =>
        [...document.querySelectorAll('main h1')].map((h) => h.textContent ?? '').join(' / ');
      const isLoading = () =>
        [...document.querySelectorAll('main p')].some((p) => p.textContent === 'Loading…');
      const start = performance.now();
      history.pushState(null, '', path);
      dispatchEvent(new PopStateEvent('popstate', { state: null }));
      const deadline = start + 15_000;
      await new Promise<void>((resolve, reject) => {
        const check = () => {
          if (performance.now() > deadline) return reject(new Error(`timeout opening ${path}`));
          const text = heading();
          if (location.pathname === path && text && text !== previousHeading && !isLoading())
            resolve();
          else requestAnimationFrame(check);
        };
        check();
      });
      await new Promise<void>((resolve) =>
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve();
          channel.port2.postMessage(0);
        }),
      );
      return { ms: performance.now() - start, heading: heading() };
    },
    { path, previousHeading },
  );
}

/** The app database's shape and one workshop's rows, read with plain IndexedDB. */
export async function readWorkshopRows(page: Page, workshopId: string) {
  return page.evaluate(async (workshopId) => {
    const database = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('palvelupolku');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error ?? new Error('open failed'));
    });
    const names = [...database.objectStoreNames];
    const tx = database.transaction(names, 'readonly');
    const stores: StoreShape[] = [];
    const records: Record<string, unknown[]> = {};
    const read = <T>(request: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error('read failed'));
      });
    for (const name of names) {
      const store = tx.objectStore(name);
      stores.push({
        name,
        keyPath: store.keyPath as string,
        indexes: [...store.indexNames].map((indexName) => {
          const index = store.index(indexName);
          return {
            name: indexName,
            keyPath: index.keyPath,
            unique: index.unique,
            multiEntry: index.multiEntry,
          };
        }),
      });
      if (name === 'workshops') {
        const workshop: unknown = await read(store.get(workshopId));
        records[name] = workshop ? [workshop] : [];
      } else if (store.indexNames.contains('workshopId')) {
        records[name] = await read(store.index('workshopId').getAll(workshopId));
      }
    }
    database.close();
    return { stores, records };
  }, workshopId);
}
