import { pendingSuggestions, withAccepted, withRejected } from '../../domain/principle-suggestions';
import { isPrincipleId, type PrincipleId } from '../../domain/principles';
import type { EvidenceItem } from '../../domain/types';
import { nowIso } from '../../lib/ids';
import { db } from '../database';
import { guardWrite, StorageError } from '../errors';
import { patchChecked, putChecked } from './rows';

type Change = (item: EvidenceItem) => Pick<EvidenceItem, 'principleIds' | 'rejectedPrincipleIds'>;

async function changeOne(itemId: string, principleId: PrincipleId, change: Change) {
  if (!isPrincipleId(principleId)) throw new StorageError('invalidInput');
  await guardWrite(() =>
    db.transaction('rw', db.evidence, async () => {
      const item = await db.evidence.get(itemId);
      if (!item) throw new StorageError('notFound');
      await patchChecked('evidence', itemId, change(item));
    }),
  );
}

/** Tags the item with the principle (accepting a suggestion, or tagging by hand). */
export function acceptPrinciple(itemId: string, principleId: PrincipleId): Promise<void> {
  return changeOne(itemId, principleId, (item) => withAccepted(item, [principleId]));
}

/** Rejects a suggestion, or removes a tag: either way it is not proposed again. */
export function rejectPrinciple(itemId: string, principleId: PrincipleId): Promise<void> {
  return changeOne(itemId, principleId, (item) => withRejected(item, [principleId]));
}

export type BulkResult = {
  /** Items that changed, as they were before, for undo. */
  before: EvidenceItem[];
  /** Tags accepted or rejected in all. */
  tags: number;
};

async function decideAll(itemIds: readonly string[], isAccept: boolean): Promise<BulkResult> {
  const now = nowIso();
  return guardWrite(() =>
    db.transaction('rw', db.evidence, async () => {
      const items = (await db.evidence.bulkGet([...itemIds])).filter(
        (item): item is EvidenceItem => item !== undefined,
      );
      const before: EvidenceItem[] = [];
      let tags = 0;
      for (const item of items) {
        const pending = pendingSuggestions(item);
        if (pending.length === 0) continue;
        const change = isAccept ? withAccepted(item, pending) : withRejected(item, pending);
        before.push(item);
        tags += pending.length;
        await patchChecked('evidence', item.id, change, now);
      }
      return { before, tags };
    }),
  );
}

/** Accepts every pending suggestion of the given items in one step. */
export function acceptAllSuggestions(itemIds: readonly string[]): Promise<BulkResult> {
  return decideAll(itemIds, true);
}

/** Rejects every pending suggestion of the given items in one step. */
export function rejectAllSuggestions(itemIds: readonly string[]): Promise<BulkResult> {
  return decideAll(itemIds, false);
}

/** Undoes a bulk step: puts the changed items back as they were before it. */
export async function undoBulk(result: BulkResult): Promise<void> {
  await guardWrite(() => putChecked('evidence', result.before));
}
