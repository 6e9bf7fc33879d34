import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import * as Y from 'yjs';
import { relaySocketUrl } from '../../config/relay-policy';
import {
  closeLiveRoom,
  createLiveRoom,
  getLiveRoom,
  getOpenLiveRoom,
} from '../../db/repositories/live-rooms';
import { saveLiveRoomState } from '../../db/repositories/live-rooms';
import type { LiveRoomRecord, Workshop } from '../../domain/types';
import { base64ToBytes, bytesToBase64 } from '../../lib/base64';
import {
  newRoomCredentials,
  openFacilitatorRoom,
  prepareRoom,
  type FacilitatorRoom,
} from '../../live-room-client/facilitator';

const SAVE_DELAY_MS = 300;

function restoredDoc(state: string): Y.Doc {
  const doc = new Y.Doc();
  if (state) Y.applyUpdate(doc, base64ToBytes(state));
  return doc;
}

/** Keeps both documents in Dexie a moment after each change, and at once when the room is left. */
function persistDocs(roomId: string, publicDoc: Y.Doc, facilitatorDoc: Y.Doc) {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const save = () => {
    timer = null;
    void saveLiveRoomState(roomId, {
      publicState: bytesToBase64(Y.encodeStateAsUpdate(publicDoc)),
      facilitatorState: bytesToBase64(Y.encodeStateAsUpdate(facilitatorDoc)),
    }).catch(() => undefined); // a closed room's row may be gone meanwhile
  };
  const schedule = () => {
    timer ??= setTimeout(save, SAVE_DELAY_MS);
  };
  publicDoc.on('update', schedule);
  facilitatorDoc.on('update', schedule);
  return () => {
    publicDoc.off('update', schedule);
    facilitatorDoc.off('update', schedule);
    if (timer) {
      clearTimeout(timer);
      save();
    }
  };
}

export type LiveRoomSession = { record: LiveRoomRecord; room: FacilitatorRoom };

/**
 * The workshop's open live room, connected to its relay while the screen is up: its documents
 * come from Dexie and go back there with every change, so a reload or a lost relay loses nothing.
 * `undefined` while loading, `null` when no room is open.
 */
export function useLiveRoom(workshop: Workshop) {
  const record = useLiveQuery(() => getOpenLiveRoom(workshop.id), [workshop.id]);
  const roomId = record?.id ?? '';
  const [room, setRoom] = useState<FacilitatorRoom | null>(null);
  const [, setVersion] = useState(0);
  const { language, title } = workshop;

  useEffect(() => {
    if (!roomId) return;
    let isCancelled = false;
    let leave = () => {};
    void getLiveRoom(roomId).then((stored) => {
      if (isCancelled || !stored || stored.status !== 'open') return;
      const publicDoc = restoredDoc(stored.publicState);
      const facilitatorDoc = restoredDoc(stored.facilitatorState);
      prepareRoom(publicDoc, { code: stored.code, language, title });
      const stopSaving = persistDocs(stored.id, publicDoc, facilitatorDoc);
      const opened = openFacilitatorRoom({
        url: relaySocketUrl(stored.relayUrl),
        credentials: { code: stored.code, joinKey: stored.joinKey, secret: stored.secret },
        publicDoc,
        facilitatorDoc,
      });
      const unsubscribe = opened.subscribe(() => setVersion((version) => version + 1));
      setRoom(opened);
      leave = () => {
        unsubscribe();
        stopSaving();
        opened.destroy();
      };
    });
    return () => {
      isCancelled = true;
      leave();
      setRoom(null);
    };
  }, [roomId, language, title]);

  const session: LiveRoomSession | null | undefined =
    record === undefined ? undefined : record && room ? { record, room } : null;
  return {
    session,
    isLoading: record === undefined || (record !== null && room === null),
    start: (relayUrl: string) => createLiveRoom(workshop.id, { ...newRoomCredentials(), relayUrl }),
    /** Ends the room on the relay (when it answers) and here; false when the relay did not confirm. */
    close: async (): Promise<boolean> => {
      if (!record) return true;
      const confirmed = room
        ? await room.close().then(
            () => true,
            () => false,
          )
        : false;
      await closeLiveRoom(record.id);
      return confirmed;
    },
  };
}
