/** What the browser tells about where the data lives (see src/lib/storage.ts). */
export type StorageFacts = {
  isPersisted: boolean | null;
  usage: number | null;
  quota: number | null;
  /** Safari (desktop or iOS), whose tracking prevention erases site data after 7 days unused. */
  isSafari: boolean;
  /** Opened as an installed app (home screen, Dock, installed PWA). */
  isInstalled: boolean;
};

export type StorageRisk = 'privateWindow' | 'safariEviction' | 'notPersisted' | 'nearlyFull';

/**
 * Below this quota the browser is most likely a private window: Chromium's incognito and
 * Safari's private mode offer around 100 MB or less, a normal profile gigabytes.
 */
export const PRIVATE_WINDOW_QUOTA_BYTES = 120 * 1024 * 1024;

/** The ways the data on this device could be lost, most serious first. */
export function storageRisks(facts: StorageFacts): StorageRisk[] {
  const risks: StorageRisk[] = [];
  if (facts.quota !== null && facts.quota < PRIVATE_WINDOW_QUOTA_BYTES) risks.push('privateWindow');
  if (facts.isSafari && !facts.isInstalled && facts.isPersisted !== true)
    risks.push('safariEviction');
  if (facts.isPersisted === false && !risks.includes('safariEviction')) risks.push('notPersisted');
  if (facts.usage !== null && facts.quota && facts.usage / facts.quota > 0.8)
    risks.push('nearlyFull');
  return risks;
}
