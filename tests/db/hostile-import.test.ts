import type { DBCore } from 'dexie';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { db } from '../../src/db/database';
import { exportWorkshops, importWorkshops } from '../../src/db/repositories/backup';
import { createSampleWorkshop } from '../../src/db/repositories/sample';
import { purgeWorkshop } from '../../src/db/repositories/workshop-content';
import { dumpDatabase } from '../../src/db/rescue-dump';
import { createBackup, parseBackup } from '../../src/domain/backup/backup';
import { buildSampleWorkshop } from '../../src/domain/sample/sample-workshop';

/** Every stored row, without the dump's own timestamp. */
async function storedTables(): Promise<unknown> {
  return (JSON.parse(await dumpDatabase()) as { tables: unknown }).tables;
}

const prototypes = [Object.prototype, Array.prototype, Function.prototype, String.prototype];
const prototypeKeys = () => prototypes.map((proto) => Object.getOwnPropertyNames(proto).sort());

let counter = 0;
const backupObject = () =>
  JSON.parse(
    createBackup(
      [
        buildSampleWorkshop(
          'fi',
          () => `00000000-0000-4000-8000-${String((counter += 1)).padStart(12, '0')}`,
          new Date('2026-11-24T10:00:00Z'),
        ),
      ],
      '2026-11-24T10:00:00.000Z',
    ),
  ) as unknown;

function objectsIn(value: unknown, found: Record<string, unknown>[] = []) {
  if (value && typeof value === 'object') {
    if (!Array.isArray(value)) found.push(value as Record<string, unknown>);
    for (const child of Object.values(value)) objectsIn(child, found);
  }
  return found;
}

/** A valid backup with one hostile change: a dangerous key or a field of any JSON value. */
const hostileBackup = fc
  .record({
    at: fc.nat(),
    key: fc.oneof(
      fc.constantFrom('__proto__', 'constructor', 'prototype', 'id', 'workshopId', 'format'),
      fc.string({ maxLength: 12 }),
    ),
    replaceExisting: fc.boolean(),
    value: fc.oneof(
      fc.jsonValue(),
      fc.constant({ polluted: true }),
      fc.constant({ prototype: { polluted: true } }),
    ),
  })
  .map(({ at, key, replaceExisting, value }) => {
    const backup = backupObject();
    const objects = objectsIn(backup);
    const target = objects[at % objects.length]!;
    const keys = Object.keys(target);
    const field = replaceExisting && keys.length > 0 ? keys[at % keys.length]! : key;
    // defineProperty makes even "__proto__" an own key, so JSON.stringify writes it out.
    Object.defineProperty(target, field, {
      value,
      enumerable: true,
      configurable: true,
      writable: true,
    });
    return JSON.stringify(backup);
  });

let failWritesAfter: number | null = null;
const failingWrites = {
  stack: 'dbcore' as const,
  name: 'failing-import-writes',
  create: (down: DBCore): DBCore => ({
    ...down,
    table: (name) => {
      const table = down.table(name);
      return {
        ...table,
        mutate: (request) => {
          if (failWritesAfter !== null && (failWritesAfter -= 1) < 0)
            return Promise.reject(
              Object.assign(new Error('quota'), { name: 'QuotaExceededError' }),
            );
          return table.mutate(request);
        },
      };
    },
  }),
};

afterEach(async () => {
  failWritesAfter = null;
  db.close();
  db.unuse(failingWrites);
  await db.open();
});

describe('importing hostile backups', () => {
  it('never throws, never pollutes a prototype, and a rejected file changes nothing (property)', async () => {
    const existing = await createSampleWorkshop('en');
    const before = await storedTables();
    const [existingBefore] = await exportWorkshops([existing.id]);
    const keysBefore = prototypeKeys();
    await fc.assert(
      fc.asyncProperty(hostileBackup, async (text) => {
        const result = parseBackup(text);
        expect(prototypeKeys()).toEqual(keysBefore);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        if (!result.ok) {
          expect(await storedTables()).toEqual(before);
          return;
        }
        // Accepted (the change was harmless or cut away): the workshop already here is intact.
        await importWorkshops(result.workshops, 'keepBoth');
        expect(prototypeKeys()).toEqual(keysBefore);
        expect((await exportWorkshops([existing.id]))[0]).toEqual(existingBefore);
        for (const content of result.workshops) await purgeWorkshop(content.workshop.id);
        expect(await storedTables()).toEqual(before);
      }),
      { numRuns: 60 },
    );
  });

  it('leaves the stored data exactly as it was when a write fails in the middle of an import', async () => {
    const existing = await createSampleWorkshop('fi');
    const [exported] = await exportWorkshops([existing.id]);
    const before = await storedTables();
    db.close();
    db.use(failingWrites);
    await db.open();
    failWritesAfter = 5;
    await expect(importWorkshops([exported!], 'replace')).rejects.toMatchObject({
      code: 'storageFull',
    });
    failWritesAfter = null;
    expect(await storedTables()).toEqual(before);
  });
});
