import { useEffect } from 'react';
import { writeRoomLockHint } from '../../lib/room-lock-hint';
import { useActiveRoomSession } from './use-active-room-session';

export type RoomAnswer = ReturnType<typeof useActiveRoomSession>;

/**
 * Asks the database whether this device is in a room, and keeps asking (a live query): another
 * tab may start a room. Renders nothing; remembers the answer for the next start.
 */
export function RoomCheck({ onAnswer }: { onAnswer: (answer: RoomAnswer) => void }) {
  const session = useActiveRoomSession();
  useEffect(() => {
    onAnswer(session);
    if (session !== undefined && session !== 'unknown') writeRoomLockHint(session?.id ?? null);
  }, [session, onAnswer]);
  return null;
}
