/**
 * The facilitator's side of a live room, free of React and storage: give it the two Y.Docs
 * (in-memory, or y-dexie-backed in the app) and it connects them to the relay.
 */
import type * as Y from 'yjs';
import { newActivity, type ActivityInput } from '../domain/live-room/activities';
import { newKey, newRoomCode, newSecret } from '../domain/live-room/codes';
import { roomDocumentName, type FacilitatorToken } from '../domain/live-room/documents';
import { buildJoinLink } from '../domain/live-room/link';
import { summariseActivity, type LiveResults } from '../domain/live-room/results';
import type {
  LiveActivity,
  LiveParticipant,
  LiveRoomInfo,
  ReceivedEntry,
} from '../domain/live-room/types';
import type { Language } from '../domain/types';
import type { ConnectionState, SocketOptions } from './connection';
import {
  publicMaps,
  readActivities,
  readParticipants,
  readReceivedEntries,
  readResults,
  readRoomInfo,
} from './layout';
import { connectRoom } from './room-connection';

/** What the facilitator keeps to reopen a room: the code and join key may be shown, the secret never. */
export type RoomCredentials = { code: string; joinKey: string; secret: string };

export function newRoomCredentials(): RoomCredentials {
  return { code: newRoomCode(), joinKey: newKey(), secret: newSecret() };
}

/** Writes the room's details into its public document; works offline, before any relay is reached. */
export function prepareRoom(
  publicDoc: Y.Doc,
  room: { code: string; language: Language; title?: string },
): void {
  publicDoc.transact(() => {
    const map = publicMaps.room(publicDoc);
    map.set('code', room.code);
    map.set('language', room.language);
    map.set('title', (room.title ?? '').slice(0, 200));
    if (!map.has('currentActivityId')) map.set('currentActivityId', '');
  });
}

export type ActivityCounts = { entries: number; respondents: number };

export type FacilitatorRoom = {
  readonly credentials: RoomCredentials;
  state(): ConnectionState;
  /** The relay's reason when it refused the room: 'room-taken', 'room-closed', 'not-allowed'… */
  deniedReason(): string;
  subscribe(listener: () => void): () => void;
  room(): LiveRoomInfo | null;
  activities(): LiveActivity[];
  addActivity(input: ActivityInput): LiveActivity;
  /** Opens the activity for answers and shows it on every phone. */
  openActivity(activityId: string): void;
  /** Which activity the phones show ('' for none); its status is left as it is. */
  showActivity(activityId: string): void;
  participants(): LiveParticipant[];
  /** People joined and, per activity, entries and respondents: counts only, safe for the projector. */
  counts(): { joined: number; byActivity: Record<string, ActivityCounts> };
  /** Validated entries; only for the reveal and the records it makes, never for the projector before. */
  entries(activityId: string): ReceivedEntry[];
  /** Publishes the results to every phone and freezes the activity's entries. Repeating it is harmless. */
  reveal(activityId: string): LiveResults;
  results(activityId: string): LiveResults | null;
  /** Ends the room: the relay deletes its copy of every document of it. */
  close(timeoutMs?: number): Promise<void>;
  joinLink(pageUrl: string, options?: { relay?: string }): string;
  /** Disconnects; the docs stay as they are. */
  destroy(): void;
};

export type FacilitatorRoomOptions = SocketOptions & {
  credentials: RoomCredentials;
  publicDoc: Y.Doc;
  facilitatorDoc: Y.Doc;
  /** Needed by a relay started with a room-creation key. */
  createKey?: string;
};

function nowIso(): string {
  return new Date().toISOString();
}

export function openFacilitatorRoom(options: FacilitatorRoomOptions): FacilitatorRoom {
  const { credentials, publicDoc, facilitatorDoc } = options;
  const token: FacilitatorToken = {
    role: 'facilitator',
    secret: credentials.secret,
    joinKey: credentials.joinKey,
    ...(options.createKey ? { createKey: options.createKey } : {}),
  };
  let isClosed = false;
  let closeAck: (() => void) | null = null;
  const connection = connectRoom(options, [
    {
      name: roomDocumentName(credentials.code, 'public'),
      document: publicDoc,
      token,
      keepAlive: true,
    },
    { name: roomDocumentName(credentials.code, 'facilitator'), document: facilitatorDoc, token },
  ]);
  connection.onClosed(() => {
    isClosed = true;
    closeAck?.();
  });
  const publicProvider = connection.links[0]!.provider;

  function activity(activityId: string): LiveActivity {
    const found = readActivities(publicDoc).find((item) => item.id === activityId);
    if (!found) throw new Error('unknown activity');
    return found;
  }

  function entries(activityId: string): ReceivedEntry[] {
    return readReceivedEntries(facilitatorDoc).filter((entry) => entry.activityId === activityId);
  }

  return {
    credentials,
    state: connection.state,
    deniedReason: connection.deniedReason,
    subscribe: connection.subscribe,
    room: () => readRoomInfo(publicDoc),
    activities: () => readActivities(publicDoc),
    addActivity(input) {
      const made = newActivity(input, readActivities(publicDoc).length);
      publicMaps.activities(publicDoc).set(made.id, made);
      return made;
    },
    openActivity(activityId) {
      const found = activity(activityId);
      publicDoc.transact(() => {
        if (found.status === 'planned') {
          publicMaps
            .activities(publicDoc)
            .set(activityId, { ...found, status: 'open', openedAt: nowIso() });
        }
        publicMaps.room(publicDoc).set('currentActivityId', activityId);
      });
    },
    showActivity(activityId) {
      if (activityId) activity(activityId);
      publicMaps.room(publicDoc).set('currentActivityId', activityId);
    },
    participants: () => [...readParticipants(facilitatorDoc).values()],
    counts() {
      const byActivity: Record<string, ActivityCounts> = {};
      const people: Record<string, Set<string>> = {};
      for (const entry of readReceivedEntries(facilitatorDoc)) {
        const counts = (byActivity[entry.activityId] ??= { entries: 0, respondents: 0 });
        counts.entries += 1;
        (people[entry.activityId] ??= new Set()).add(entry.participantId);
        counts.respondents = people[entry.activityId]?.size ?? 0;
      }
      return { joined: readParticipants(facilitatorDoc).size, byActivity };
    },
    entries,
    reveal(activityId) {
      const found = activity(activityId);
      const existing = readResults(publicDoc, activityId);
      if (found.status === 'revealed' && existing) return existing;
      const revealedAt = nowIso();
      const results = summariseActivity(
        found,
        entries(activityId),
        readParticipants(facilitatorDoc),
        revealedAt,
      );
      publicDoc.transact(() => {
        publicMaps.results(publicDoc).set(activityId, results);
        publicMaps
          .activities(publicDoc)
          .set(activityId, { ...found, status: 'revealed', revealedAt });
      });
      return results;
    },
    results: (activityId) => readResults(publicDoc, activityId),
    close(timeoutMs = 5_000) {
      if (isClosed) return Promise.resolve();
      return new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => {
          closeAck = null;
          reject(new Error('the relay did not confirm the close'));
        }, timeoutMs);
        closeAck = () => {
          clearTimeout(timer);
          closeAck = null;
          resolve();
        };
        publicProvider.sendStateless(JSON.stringify({ type: 'close' }));
      });
    },
    joinLink: (pageUrl, linkOptions = {}) =>
      buildJoinLink(pageUrl, {
        code: credentials.code,
        joinKey: credentials.joinKey,
        ...(linkOptions.relay ? { relay: linkOptions.relay } : {}),
        language: readRoomInfo(publicDoc)?.language,
      }),
    destroy: connection.destroy,
  };
}
