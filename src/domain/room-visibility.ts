/**
 * What room mode hides: entries of a session stay out of every reader until it is revealed.
 * Apart from the rest of room mode because every list of ratings, actions and votes uses it.
 */
import type { RoomSession } from './types';
import type { WorkshopContent } from './workshop-content';

/** Ids of the sessions whose entries must not show yet (still active, or closed but not revealed). */
export function hiddenSessionIds(sessions: readonly RoomSession[]): Set<string> {
  return new Set(
    sessions.filter((session) => session.status !== 'revealed').map((session) => session.id),
  );
}

type RoomTagged = { roomSessionId?: string };

/** Entries made normally or in a revealed session; entries of unrevealed sessions are left out. */
export function withoutHidden<T extends RoomTagged>(
  rows: readonly T[],
  hidden: ReadonlySet<string>,
): T[] {
  if (hidden.size === 0) return [...rows];
  return rows.filter((row) => !row.roomSessionId || !hidden.has(row.roomSessionId));
}

/** The workshop's content as the results, the radar and the PDF may show it. */
export function visibleContent<C extends WorkshopContent>(content: C): C {
  const hidden = hiddenSessionIds(content.roomSessions);
  if (hidden.size === 0) return content;
  return {
    ...content,
    actions: withoutHidden(content.actions, hidden),
    participants: withoutHidden(content.participants, hidden),
    ratings: withoutHidden(content.ratings, hidden),
    staffRatings: withoutHidden(content.staffRatings, hidden),
    votes: withoutHidden(content.votes, hidden),
  };
}
