import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState } from 'react';
import { relaySocketUrl } from '../../config/relay-policy';
import { openLiveRoomDocs } from '../../db/live-room-docs';
import {
  closeLiveRoom,
  createLiveRoom,
  getLiveRoom,
  getOpenLiveRoom,
} from '../../db/repositories/live-rooms';
import type { LiveRoomRecord, Workshop } from '../../domain/types';
import {
  newRoomCredentials,
  openFacilitatorRoom,
  prepareRoom,
  type FacilitatorRoom,
} from '../../live-room-client/facilitator';

export type LiveRoomSession = { record: LiveRoomRecord; room: FacilitatorRoom };

/**
 * The workshop's open live room, connected to its relay while the screen is up: its documents
 * are y-dexie documents of the room's row, written to Dexie with every change, so a reload or a
 * lost relay loses nothing.
 * `undefined` while loading, `null` when no room is open.
 */
export function useLiveRoom(workshop: Workshop) {
  const record = useLiveQuery(() => getOpenLiveRoom(workshop.id), [workshop.id]);
  const roomId = record?.id ?? '';
  const [room, setRoom] = useState<FacilitatorRoom | null>(null);
  const [, setVersion] = useState(0);
  const leaveRef = useRef(() => {});
  const { language, title } = workshop;

  useEffect(() => {
    if (!roomId) return;
    let isCancelled = false;
    let leave = () => {};
    void (async () => {
      const stored = await getLiveRoom(roomId);
      if (isCancelled || !stored || stored.status !== 'open') return;
      const docs = await openLiveRoomDocs(stored.id);
      if (!docs) return;
      if (isCancelled) {
        docs.release();
        return;
      }
      const { publicDoc, facilitatorDoc } = docs;
      prepareRoom(publicDoc, { code: stored.code, language, title });
      const opened = openFacilitatorRoom({
        url: relaySocketUrl(stored.relayUrl),
        credentials: { code: stored.code, joinKey: stored.joinKey, secret: stored.secret },
        publicDoc,
        facilitatorDoc,
      });
      const unsubscribe = opened.subscribe(() => setVersion((version) => version + 1));
      setRoom(opened);
      leave = () => {
        leave = () => {};
        unsubscribe();
        opened.destroy();
        docs.release();
      };
      leaveRef.current = () => leave();
    })();
    return () => {
      isCancelled = true;
      leave();
      leaveRef.current = () => {};
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
      // Disconnected and released first: y-dexie would otherwise write the documents back.
      leaveRef.current();
      await closeLiveRoom(record.id);
      return confirmed;
    },
  };
}
