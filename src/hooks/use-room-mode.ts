import { useLiveQuery } from 'dexie-react-hooks';
import { useNavigate } from 'react-router';
import { paths } from '../config/paths';
import { listRoomSessions, startRoomSession } from '../db/repositories/room';
import type { RoomActivity } from '../domain/types';

/**
 * Room mode for one activity of a workshop: the sessions whose entries still wait to be revealed,
 * and starting a new session, which locks this device into the participant view.
 */
export function useRoomMode(workshopId: string, activity: RoomActivity) {
  const navigate = useNavigate();
  const sessions = useLiveQuery(() => listRoomSessions(workshopId), [workshopId]) ?? [];
  const waiting = sessions.filter((s) => s.activity === activity && s.status === 'closed');
  const start = async (pin: string, isAnonymous: boolean) => {
    const session = await startRoomSession(workshopId, { activity, pin, isAnonymous });
    void navigate(paths.room(session.id), { replace: true });
  };
  return { waiting, start };
}
