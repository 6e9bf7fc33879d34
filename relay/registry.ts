/**
 * A room's registry, kept in the relay's own document pp/<CODE>/relay (which no client may open):
 * the hash of the facilitator's secret, the join key, the inboxes' key hashes and the status.
 * Being a Yjs document, it is stored like the others and reaches every relay through Redis.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type * as Y from 'yjs';

export type RegistryState = {
  exists: boolean;
  status: 'open' | 'closed';
  joinKey: string;
  secretHash: string;
  inboxCount: number;
};

export const RELAY_ORIGIN = 'palvelupolku-relay';

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Compares two strings in constant time (for keys and hashes). */
export function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

const roomMap = (doc: Y.Doc) => doc.getMap<string>('room');
const inboxMap = (doc: Y.Doc) => doc.getMap<string>('inboxes');

export function readRegistry(doc: Y.Doc): RegistryState {
  const room = roomMap(doc);
  const status = room.get('status');
  return {
    exists: status === 'open' || status === 'closed',
    status: status === 'closed' ? 'closed' : 'open',
    joinKey: room.get('joinKey') ?? '',
    secretHash: room.get('secretHash') ?? '',
    inboxCount: inboxMap(doc).size,
  };
}

export function createRegistry(doc: Y.Doc, secret: string, joinKey: string): void {
  doc.transact(() => {
    const room = roomMap(doc);
    room.set('status', 'open');
    room.set('secretHash', sha256(secret));
    room.set('joinKey', joinKey);
    room.set('createdAt', new Date().toISOString());
  }, RELAY_ORIGIN);
}

/** The facilitator may hand out a new join key (a new QR code) by reconnecting with it. */
export function setJoinKey(doc: Y.Doc, joinKey: string): void {
  if (roomMap(doc).get('joinKey') !== joinKey) roomMap(doc).set('joinKey', joinKey);
}

/** Whether the key opens the inbox; the first key an inbox is opened with becomes its key. */
export function claimInbox(
  doc: Y.Doc,
  inboxId: string,
  inboxKey: string,
  maxInboxes: number,
): 'known' | 'new' | 'wrong' | 'full' {
  const hash = sha256(inboxKey);
  const known = inboxMap(doc).get(inboxId);
  if (known) return sameSecret(known, hash) ? 'known' : 'wrong';
  if (inboxMap(doc).size >= maxInboxes) return 'full';
  doc.transact(() => inboxMap(doc).set(inboxId, hash), RELAY_ORIGIN);
  return 'new';
}

/** Leaves a tombstone: status closed and nothing else a later reader could use. */
export function closeRegistry(doc: Y.Doc): void {
  doc.transact(() => {
    const room = roomMap(doc);
    room.set('status', 'closed');
    room.set('closedAt', new Date().toISOString());
    room.delete('joinKey');
    room.delete('createdAt');
    inboxMap(doc).clear();
  }, RELAY_ORIGIN);
}
