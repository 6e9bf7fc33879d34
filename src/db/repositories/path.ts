import { withReading } from '../../domain/indicator-readings';
import { withoutHidden } from '../../domain/room-visibility';
import type { Vote } from '../../domain/types';
import { newId, nowIso } from '../../lib/ids';
import { db } from '../database';
import { guardWrite, StorageError } from '../errors';
import { childTable } from './child-table';
import { addChecked, patchChecked } from './rows';
import { hiddenRoomSessionIds } from './room-visibility';

// Follow-up reviews.
const reviews = childTable('reviews');
export const listReviews = reviews.list;
export const createReview = reviews.create;
export const updateReview = reviews.update;
/** Deletes a review with the re-ratings made at it. */
export const deleteReview = reviews.delete;
export const restoreReview = reviews.restore;

/**
 * Records what an indicator read at a review ('' takes the reading out). Read and written in one
 * transaction, so two indicators saved at once both keep their readings.
 */
export async function setIndicatorReading(
  reviewId: string,
  indicatorId: string,
  value: string,
): Promise<void> {
  await guardWrite(() =>
    db.transaction('rw', db.reviews, async () => {
      const review = await db.reviews.get(reviewId);
      if (!review) throw new StorageError('notFound');
      const indicatorReadings = withReading(review.indicatorReadings, indicatorId, value);
      await patchChecked('reviews', reviewId, { indicatorReadings });
    }),
  );
}

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
      if (existing) {
        await patchChecked('votes', existing.id, { dots }, now);
        return;
      }
      const vote: Vote = {
        id: newId(),
        workshopId,
        participantId,
        actionId,
        dots,
        createdAt: now,
        updatedAt: now,
      };
      await addChecked('votes', [vote]);
    }),
  );
}
