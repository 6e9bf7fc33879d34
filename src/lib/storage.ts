import type { StorageFacts } from '../domain/storage-risks';

/** Asks the browser not to evict our data under storage pressure; harmless if refused. */
export async function requestPersistentStorage(): Promise<boolean> {
  try {
    if (!navigator.storage?.persist) return false;
    if (await navigator.storage.persisted()) return true;
    return await navigator.storage.persist();
  } catch {
    return false;
  }
}

export type StorageStatus = {
  isPersisted: boolean | null;
  usage: number | null;
  quota: number | null;
};

export async function readStorageStatus(): Promise<StorageStatus> {
  try {
    const [isPersisted, estimate] = await Promise.all([
      navigator.storage?.persisted ? navigator.storage.persisted() : Promise.resolve(null),
      navigator.storage?.estimate ? navigator.storage.estimate() : Promise.resolve(null),
    ]);
    return { isPersisted, usage: estimate?.usage ?? null, quota: estimate?.quota ?? null };
  } catch {
    return { isPersisted: null, usage: null, quota: null };
  }
}

/** Safari on macOS or iOS; every iOS browser is Safari underneath, but only Safari says so. */
export function isSafariBrowser(userAgent = navigator.userAgent): boolean {
  return (
    /Safari\//.test(userAgent) &&
    !/Chrome|Chromium|CriOS|FxiOS|EdgiOS|Edg\/|Android/.test(userAgent)
  );
}

export function isInstalledApp(): boolean {
  const standalone = (navigator as Navigator & { standalone?: boolean }).standalone === true;
  return standalone || window.matchMedia?.('(display-mode: standalone)').matches === true;
}

export async function readStorageFacts(): Promise<StorageFacts> {
  return {
    ...(await readStorageStatus()),
    isSafari: isSafariBrowser(),
    isInstalled: isInstalledApp(),
  };
}
