/**
 * Copies a phone's validated entries from its inbox into the facilitator's document, and writes
 * the verdicts back to the phone as receipts. Runs the whole inbox each time: idempotent, so a
 * restart, a re-sent update or a second relay never duplicates or loses an entry.
 */
import type * as Y from 'yjs';
import { judgeInbox } from '../src/domain/live-room/judge-inbox';
import type {
  LiveEntry,
  LiveParticipant,
  Receipt,
  ReceivedEntry,
} from '../src/domain/live-room/types';
import { normaliseName } from '../src/domain/live-room/validate-entry';
import { facilitatorMaps, inboxMaps } from '../src/live-room-client/layout';
import { RELAY_ORIGIN } from './registry';
import type { RoomIndex } from './room-index';

export type CopyResult = { accepted: number; rejected: number; written: number };

function received(entry: LiveEntry, participantId: string, receivedAt: string): ReceivedEntry {
  return { ...entry, participantId, receivedAt };
}

/** Equal apart from when it was received. */
function sameEntry(a: unknown, b: ReceivedEntry): boolean {
  const content = (value: unknown) =>
    JSON.stringify(value, (key, field: unknown) => (key === 'receivedAt' ? undefined : field));
  return typeof a === 'object' && a !== null && content(a) === content(b);
}

function sameReceipt(a: unknown, b: Receipt): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export function copyInbox(
  inboxId: string,
  inboxDoc: Y.Doc,
  facilitatorDoc: Y.Doc,
  index: RoomIndex,
): CopyResult {
  const activities = index.activities();
  const inboxEntries = inboxMaps.entries(inboxDoc);
  const verdict = judgeInbox(inboxEntries.entries(), activities);
  const target = facilitatorMaps.entries(facilitatorDoc);
  const now = new Date().toISOString();

  // An id another inbox already holds would become a clashing record id at the reveal.
  for (const id of verdict.accepted.keys()) {
    const holder = index.holderOf(id);
    if (holder !== undefined && holder !== inboxId) {
      const entry = verdict.accepted.get(id) as LiveEntry;
      verdict.accepted.delete(id);
      verdict.receipts.set(id, { rev: entry.rev, status: 'rejected', reason: 'duplicate' });
    }
  }

  let written = 0;
  facilitatorDoc.transact(() => {
    for (const [id, entry] of verdict.accepted) {
      const existing = target.get(id) as ReceivedEntry | undefined;
      const next = received(entry, inboxId, existing?.receivedAt ?? now);
      if (existing && sameEntry(existing, next)) continue;
      target.set(id, existing ? { ...next, receivedAt: now } : next);
      written += 1;
    }
    // Withdrawn or now invalid: gone from the facilitator's view, unless already revealed.
    for (const id of [...index.ownedBy(inboxId)]) {
      const value = target.get(id) as ReceivedEntry | undefined;
      if (value && !verdict.accepted.has(id) && !verdict.frozen.has(id)) {
        const activity = activities.get(value.activityId);
        // Unknown here (this relay has not synced the activity yet) or revealed: keep it.
        if (!activity || activity.status === 'revealed') continue;
        target.delete(id);
        written += 1;
      }
    }
    const name = normaliseName(inboxMaps.profile(inboxDoc).get('name'));
    const participants = facilitatorMaps.participants(facilitatorDoc);
    const known = participants.get(inboxId) as LiveParticipant | undefined;
    const wanted = 'value' in name ? name.value : '';
    if (!known || known.name !== wanted) {
      participants.set(inboxId, { id: inboxId, name: wanted, joinedAt: known?.joinedAt ?? now });
      written += 1;
    }
  }, RELAY_ORIGIN);

  const receipts = inboxMaps.receipts(inboxDoc);
  inboxDoc.transact(() => {
    for (const [id, receipt] of verdict.receipts) {
      if (!sameReceipt(receipts.get(id), receipt)) receipts.set(id, receipt);
    }
    for (const id of [...receipts.keys()]) {
      if (!inboxEntries.has(id)) receipts.delete(id);
    }
  }, RELAY_ORIGIN);

  let rejected = 0;
  for (const receipt of verdict.receipts.values()) if (receipt.status === 'rejected') rejected += 1;
  return { accepted: verdict.accepted.size, rejected, written };
}

/** Records a phone as joined (counts only; the name follows from its profile). */
export function registerParticipant(inboxId: string, facilitatorDoc: Y.Doc): void {
  const participants = facilitatorMaps.participants(facilitatorDoc);
  if (participants.has(inboxId)) return;
  facilitatorDoc.transact(() => {
    participants.set(inboxId, { id: inboxId, name: '', joinedAt: new Date().toISOString() });
  }, RELAY_ORIGIN);
}
