import type { PrincipleId } from '../../domain/principles';
import type { Participant, Rating, Score } from '../../domain/types';
import { withoutHidden } from '../../domain/room-visibility';
import { newId, nowIso } from '../../lib/ids';
import { db } from '../database';
import { guardWrite } from '../errors';
import { orderedTable } from './child-table';
import { addChecked, patchChecked } from './rows';
import { hiddenRoomSessionIds } from './room-visibility';

// Participants of the assessment.
const participants = orderedTable('participants');
export const createParticipant = participants.create;
export const updateParticipant = participants.update;
/** Removes a participant with their ratings and dot votes. */
export const deleteParticipant = participants.delete;
export const restoreParticipant = participants.restore;

// Customer promises.
const promises = orderedTable('promises');
export const listPromises = promises.list;
export const createPromise = promises.create;
export const updatePromise = promises.update;
export const deletePromise = promises.delete;
export const restorePromise = promises.restore;

// Indicators: baseline → target.
const indicators = orderedTable('indicators');
export const listIndicators = indicators.list;
export const createIndicator = indicators.create;
export const updateIndicator = indicators.update;
/** Deletes an indicator; actions measured by it or addressing it stop pointing at it. */
export const deleteIndicator = indicators.delete;
export const restoreIndicator = indicators.restore;

type RatingKey = {
  workshopId: string;
  participantId: string;
  principleId: PrincipleId;
  reviewId?: string;
};

async function findRating(key: RatingKey): Promise<Rating | undefined> {
  return db.ratings
    .where({ workshopId: key.workshopId, reviewId: key.reviewId ?? '' })
    .filter(
      (rating) =>
        rating.participantId === key.participantId && rating.principleId === key.principleId,
    )
    .first();
}

/** Changes one participant's rating of one principle, creating it (unscored) when missing. */
async function writeRating(key: RatingKey, change: Partial<Pick<Rating, 'score' | 'comment'>>) {
  await guardWrite(() =>
    db.transaction('rw', db.ratings, async () => {
      const existing = await findRating(key);
      const now = nowIso();
      if (existing) {
        await patchChecked('ratings', existing.id, change, now);
        return;
      }
      const rating: Rating = {
        id: newId(),
        workshopId: key.workshopId,
        participantId: key.participantId,
        principleId: key.principleId,
        reviewId: key.reviewId ?? '',
        score: null,
        comment: '',
        evidenceIds: [],
        createdAt: now,
        updatedAt: now,
        ...change,
      };
      await addChecked('ratings', [rating]);
    }),
  );
}

/**
 * Sets one participant's rating of one principle; a score of null means "don't know".
 * `undefined` removes the rating altogether ("not rated").
 */
export async function setRating(key: RatingKey, score: Score | null | undefined): Promise<void> {
  if (score !== undefined) return writeRating(key, { score });
  await guardWrite(() =>
    db.transaction('rw', db.ratings, async () => {
      const existing = await findRating(key);
      if (existing) await db.ratings.delete(existing.id);
    }),
  );
}

export async function setRatingComment(key: RatingKey, comment: string): Promise<void> {
  await writeRating(key, { comment });
}

// Readers below leave out entries of room sessions that are not revealed yet.

export async function listRatings(workshopId: string, reviewId = ''): Promise<Rating[]> {
  const rows = await db.ratings.where({ workshopId, reviewId }).toArray();
  return withoutHidden(rows, await hiddenRoomSessionIds(workshopId));
}

export async function listAllRatings(workshopId: string): Promise<Rating[]> {
  const rows = await db.ratings.where('workshopId').equals(workshopId).toArray();
  return withoutHidden(rows, await hiddenRoomSessionIds(workshopId));
}

export async function listParticipants(workshopId: string): Promise<Participant[]> {
  const rows = await participants.list(workshopId);
  return withoutHidden(rows, await hiddenRoomSessionIds(workshopId));
}
