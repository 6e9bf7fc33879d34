/**
 * Where things live inside a room's Yjs documents; the one place the relay, the facilitator and
 * the phones agree on. Readers treat every document as untrusted and skip what is malformed.
 */
import type * as Y from 'yjs';
import { parseActivity } from '../domain/live-room/activities';
import { isEntryId } from '../domain/live-room/codes';
import type { LiveResults } from '../domain/live-room/results';
import {
  LIVE_ACTIVITY_KINDS,
  type LiveActivity,
  type LiveEntry,
  type LiveParticipant,
  type LiveRoomInfo,
  type Receipt,
  type ReceivedEntry,
} from '../domain/live-room/types';
import { isRoomCode } from '../domain/live-room/codes';

/** Public document: `room` (LiveRoomInfo fields), `activities` and `results` by activity id. */
export const publicMaps = {
  room: (doc: Y.Doc) => doc.getMap<unknown>('room'),
  activities: (doc: Y.Doc) => doc.getMap<unknown>('activities'),
  results: (doc: Y.Doc) => doc.getMap<unknown>('results'),
};

/** Facilitator document: validated `entries` by entry id, `participants` by inbox id. */
export const facilitatorMaps = {
  entries: (doc: Y.Doc) => doc.getMap<unknown>('entries'),
  participants: (doc: Y.Doc) => doc.getMap<unknown>('participants'),
};

/** Inbox document: the phone's `profile` (name), its `entries`, and the relay's `receipts`. */
export const inboxMaps = {
  profile: (doc: Y.Doc) => doc.getMap<unknown>('profile'),
  entries: (doc: Y.Doc) => doc.getMap<unknown>('entries'),
  receipts: (doc: Y.Doc) => doc.getMap<unknown>('receipts'),
};

export function readRoomInfo(doc: Y.Doc): LiveRoomInfo | null {
  const room = publicMaps.room(doc);
  const code = room.get('code');
  if (!isRoomCode(code)) return null;
  const language = room.get('language') === 'en' ? 'en' : 'fi';
  const title = room.get('title');
  const current = room.get('currentActivityId');
  return {
    code,
    language,
    title: typeof title === 'string' ? title : '',
    currentActivityId: typeof current === 'string' ? current : '',
  };
}

/** Activities in their order; malformed ones are left out. */
export function readActivities(doc: Y.Doc): LiveActivity[] {
  const list: LiveActivity[] = [];
  publicMaps.activities(doc).forEach((value, key) => {
    const activity = parseActivity(value);
    if (activity && activity.id === key) list.push(activity);
  });
  return list.sort((a, b) => a.order - b.order);
}

/** Activities by id, in their order. */
export function readActivityMap(doc: Y.Doc): Map<string, LiveActivity> {
  return new Map(readActivities(doc).map((activity) => [activity.id, activity]));
}

/** Results are written by the facilitator's own code; a phone still checks the kind before use. */
export function readResults(doc: Y.Doc, activityId: string): LiveResults | null {
  const value = publicMaps.results(doc).get(activityId) as LiveResults | undefined;
  if (!value || typeof value !== 'object' || value.activityId !== activityId) return null;
  return (LIVE_ACTIVITY_KINDS as readonly string[]).includes(value.kind) ? value : null;
}

export function readReceivedEntries(doc: Y.Doc): ReceivedEntry[] {
  const list: ReceivedEntry[] = [];
  facilitatorMaps.entries(doc).forEach((value, key) => {
    if (isEntryId(key) && typeof value === 'object' && value !== null)
      list.push(value as ReceivedEntry);
  });
  return list;
}

export function readParticipants(doc: Y.Doc): Map<string, LiveParticipant> {
  const map = new Map<string, LiveParticipant>();
  facilitatorMaps.participants(doc).forEach((value, key) => {
    if (typeof value === 'object' && value !== null) map.set(key, value as LiveParticipant);
  });
  return map;
}

/** A phone's own entries (its own writes, so only the shape is checked) and the relay's receipts. */
export function readInbox(doc: Y.Doc): {
  name: string;
  entries: LiveEntry[];
  receipts: Map<string, Receipt>;
} {
  const name = inboxMaps.profile(doc).get('name');
  const entries: LiveEntry[] = [];
  inboxMaps.entries(doc).forEach((value, key) => {
    if (isEntryId(key) && typeof value === 'object' && value !== null)
      entries.push(value as LiveEntry);
  });
  const receipts = new Map<string, Receipt>();
  inboxMaps.receipts(doc).forEach((value, key) => {
    if (typeof value === 'object' && value !== null) receipts.set(key, value as Receipt);
  });
  return { name: typeof name === 'string' ? name : '', entries, receipts };
}
