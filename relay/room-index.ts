/**
 * What the copier asks of a room on every inbox change, kept current instead of recomputed:
 * the activities (parsed once per public-document change) and which inbox holds which entry.
 */
import type * as Y from 'yjs';
import type { LiveActivity, ReceivedEntry } from '../src/domain/live-room/types';
import { facilitatorMaps, readActivityMap } from '../src/live-room-client/layout';

export type RoomIndex = {
  activities(): Map<string, LiveActivity>;
  /** Ids of the entries this inbox has in the facilitator's document. */
  ownedBy(inboxId: string): ReadonlySet<string>;
  /** The inbox holding an entry id, if any. */
  holderOf(entryId: string): string | undefined;
};

export function indexRoom(publicDoc: Y.Doc, facilitatorDoc: Y.Doc): RoomIndex {
  let activities: Map<string, LiveActivity> | null = null;
  publicDoc.on('update', () => {
    activities = null;
  });
  const entries = facilitatorMaps.entries(facilitatorDoc);
  const byInbox = new Map<string, Set<string>>();
  const holders = new Map<string, string>();
  const forget = (id: string) => {
    const holder = holders.get(id);
    if (holder === undefined) return;
    holders.delete(id);
    byInbox.get(holder)?.delete(id);
  };
  const note = (id: string, value: unknown) => {
    const holder = (value as Partial<ReceivedEntry> | undefined)?.participantId;
    if (typeof holder !== 'string') return;
    holders.set(id, holder);
    let owned = byInbox.get(holder);
    if (!owned) byInbox.set(holder, (owned = new Set()));
    owned.add(id);
  };
  entries.forEach((value, id) => note(id, value));
  entries.observe((event) => {
    for (const [id, change] of event.changes.keys) {
      forget(id);
      if (change.action !== 'delete') note(id, entries.get(id));
    }
  });
  return {
    activities: () => (activities ??= readActivityMap(publicDoc)),
    ownedBy: (inboxId) => byInbox.get(inboxId) ?? new Set(),
    holderOf: (entryId) => holders.get(entryId),
  };
}
