import type { Action, Review, Vote } from '../../domain/types';
import { newId, nowIso } from '../../lib/ids';
import { db } from '../database';
import { guardWrite } from '../errors';
import { childRepository } from './child-table';
import { withoutHidden } from '../../domain/room-visibility';
import { hiddenRoomSessionIds } from './room-visibility';

export const reviewRepository = childRepository<Review>('reviews');

/** Dot votes; those of a room session that is not revealed yet are left out. */
export async function listVotes(workshopId: string): Promise<Vote[]> {
  const rows = await db.votes.where('workshopId').equals(workshopId).toArray();
  return withoutHidden(rows, await hiddenRoomSessionIds(workshopId));
}

/** Adds or takes back one dot; never below zero, never beyond the participant's allowance. */
export async function changeVote(
  workshopId: string,
  participantId: string,
  actionId: string,
  delta: 1 | -1,
  allowance: number,
): Promise<void> {
  await guardWrite(() =>
    db.transaction('rw', db.votes, async () => {
      const own = await db.votes.where('participantId').equals(participantId).toArray();
      const used = own.reduce((sum, vote) => sum + vote.dots, 0);
      const existing = own.find((vote) => vote.actionId === actionId);
      if (delta > 0 && used >= allowance) return;
      const dots = (existing?.dots ?? 0) + delta;
      if (dots < 0) return;
      const now = nowIso();
      if (existing) await db.votes.update(existing.id, { dots, updatedAt: now });
      else
        await db.votes.add({
          id: newId(),
          workshopId,
          participantId,
          actionId,
          dots,
          createdAt: now,
          updatedAt: now,
        });
    }),
  );
}

/** Writes a whole new priority order at once. */
export async function applyOrder(actions: readonly Action[]): Promise<void> {
  const now = nowIso();
  await guardWrite(() =>
    db.transaction('rw', db.actions, async () => {
      for (const [order, action] of actions.entries())
        await db.actions.update(action.id, { order, updatedAt: now });
    }),
  );
}

/** Makes an action quick win number `rank` (1–3), or clears that rank with actionId ''. */
export async function setQuickWin(
  workshopId: string,
  rank: number,
  actionId: string,
): Promise<void> {
  const now = nowIso();
  await guardWrite(() =>
    db.transaction('rw', db.actions, async () => {
      const actions = await db.actions.where('workshopId').equals(workshopId).toArray();
      for (const action of actions) {
        const shouldHold = action.id === actionId;
        if (action.quickWinRank === rank && !shouldHold)
          await db.actions.update(action.id, { quickWinRank: null, updatedAt: now });
        if (shouldHold && action.quickWinRank !== rank)
          await db.actions.update(action.id, { quickWinRank: rank, updatedAt: now });
      }
    }),
  );
}

/** Deletes a review with the re-ratings made at it. */
export async function deleteReview(review: Review): Promise<void> {
  await guardWrite(() =>
    db.transaction('rw', db.reviews, db.ratings, async () => {
      await db.ratings.where({ workshopId: review.workshopId, reviewId: review.id }).delete();
      await db.reviews.delete(review.id);
    }),
  );
}
