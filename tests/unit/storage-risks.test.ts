import { describe, expect, it } from 'vitest';
import { storageRisks, type StorageFacts } from '../../src/domain/storage-risks';
import { isSafariBrowser } from '../../src/lib/storage';

const GB = 1024 ** 3;
const safe: StorageFacts = {
  isPersisted: true,
  usage: 10_000_000,
  quota: 50 * GB,
  isSafari: false,
  isInstalled: false,
};

describe('risks to the stored data', () => {
  it('finds none for persisted storage with plenty of room', () => {
    expect(storageRisks(safe)).toEqual([]);
  });

  it('warns about eviction when storage is not persisted', () => {
    expect(storageRisks({ ...safe, isPersisted: false })).toEqual(['notPersisted']);
  });

  it('takes a small quota for a private window', () => {
    expect(storageRisks({ ...safe, quota: 100 * 1024 * 1024, usage: 0 })).toEqual([
      'privateWindow',
    ]);
  });

  it("warns about Safari's 7-day erase unless the app is installed", () => {
    const safari = { ...safe, isSafari: true, isPersisted: false };
    expect(storageRisks(safari)).toEqual(['safariEviction']);
    expect(storageRisks({ ...safari, isInstalled: true })).toEqual(['notPersisted']);
  });

  it('warns when storage is nearly full', () => {
    expect(storageRisks({ ...safe, usage: 45 * GB })).toEqual(['nearlyFull']);
  });

  it('recognises Safari but not Chrome or Firefox on iOS', () => {
    const safariMac =
      'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15';
    const chromeMac =
      'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36';
    const firefoxIos =
      'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) FxiOS/124.0 Mobile/15E148 Safari/605.1.15';
    expect(isSafariBrowser(safariMac)).toBe(true);
    expect(isSafariBrowser(chromeMac)).toBe(false);
    expect(isSafariBrowser(firefoxIos)).toBe(false);
  });
});
