/**
 * What the phone keeps between reloads: its identity per room (localStorage) and the room's two
 * documents (IndexedDB through y-indexeddb), so answers typed offline survive a reload.
 */
import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import { isHexId, isKey, isRoomCode } from '../domain/live-room/codes';
import type { Language } from '../domain/types';
import { newParticipantIdentity, type ParticipantIdentity } from '../live-room-client/participant';

export type StoredIdentity = ParticipantIdentity & { hasChosenName: boolean };

const identityKey = (code: string) => `pp-live-room-${code}`;
const LANGUAGE_KEY = 'pp-live-language';

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string | null): boolean {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

/** The phone's inbox for this room: the one made earlier for the same join key, or a new one. */
export function identityFor(
  code: string,
  joinKey: string,
): { identity: StoredIdentity; isSaved: boolean } {
  try {
    const stored = JSON.parse(read(identityKey(code)) ?? 'null') as Partial<StoredIdentity> | null;
    if (
      stored &&
      stored.joinKey === joinKey &&
      isHexId(stored.inboxId) &&
      isKey(stored.inboxKey) &&
      isRoomCode(code)
    ) {
      return {
        identity: {
          code,
          joinKey,
          inboxId: stored.inboxId,
          inboxKey: stored.inboxKey,
          hasChosenName: stored.hasChosenName === true,
        },
        isSaved: true,
      };
    }
  } catch {
    // A damaged entry is replaced below.
  }
  const identity = { ...newParticipantIdentity(code, joinKey), hasChosenName: false };
  return { identity, isSaved: saveIdentity(identity) };
}

export function saveIdentity(identity: StoredIdentity): boolean {
  return write(identityKey(identity.code), JSON.stringify(identity));
}

export function savedLanguage(): Language | null {
  const value = read(LANGUAGE_KEY);
  return value === 'fi' || value === 'en' ? value : null;
}

export function saveLanguage(language: Language): void {
  write(LANGUAGE_KEY, language);
}

export type RoomDocs = {
  publicDoc: Y.Doc;
  inboxDoc: Y.Doc;
  /** Resolves when the stored state is loaded (or at once where IndexedDB is missing). */
  loaded: Promise<void>;
  /** Deletes the room's documents and identity from the phone. */
  forget(): Promise<void>;
  destroy(): void;
};

export function openRoomDocs(identity: StoredIdentity): RoomDocs {
  const publicDoc = new Y.Doc();
  const inboxDoc = new Y.Doc();
  const stores: IndexeddbPersistence[] = [];
  if (typeof indexedDB !== 'undefined') {
    stores.push(new IndexeddbPersistence(`pp-live-${identity.code}-public`, publicDoc));
    stores.push(
      new IndexeddbPersistence(`pp-live-${identity.code}-inbox-${identity.inboxId}`, inboxDoc),
    );
  }
  const timeout = new Promise<void>((resolve) => setTimeout(resolve, 2_000));
  const loaded = Promise.race([
    Promise.all(stores.map((store) => store.whenSynced)).then(() => undefined),
    timeout,
  ]);
  return {
    publicDoc,
    inboxDoc,
    loaded,
    async forget() {
      await Promise.all(stores.map((store) => store.clearData()));
      write(identityKey(identity.code), null);
    },
    destroy() {
      for (const store of stores) void store.destroy();
    },
  };
}
