import type { PrincipleId } from '../../domain/principles';
import type { CustomerPromise, Indicator, Participant, Rating, Score } from '../../domain/types';
import { clampTexts } from '../../domain/clamp';
import { newId, nowIso } from '../../lib/ids';
import { db } from '../database';
import { guardWrite } from '../errors';
import { childRepository } from './child-table';
import { hiddenRoomSessionIds } from './room-visibility';
import { withoutHidden } from '../../domain/room-visibility';

export const participantRepository = childRepository<Participant>('participants');
export const promiseRepository = childRepository<CustomerPromise>('promises');
export const indicatorRepository = childRepository<Indicator>('indicators');

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

/**
 * Sets one participant's rating of one principle; a score of null means "don't know".
 * `undefined` removes the rating altogether ("not rated").
 */
export async function setRating(key: RatingKey, score: Score | null | undefined): Promise<void> {
  await guardWrite(() =>
    db.transaction('rw', db.ratings, async () => {
      const existing = await findRating(key);
      if (score === undefined) {
        if (existing) await db.ratings.delete(existing.id);
        return;
      }
      const now = nowIso();
      if (existing) await db.ratings.update(existing.id, { score, updatedAt: now });
      else {
        await db.ratings.add({
          id: newId(),
          workshopId: key.workshopId,
          participantId: key.participantId,
          principleId: key.principleId,
          reviewId: key.reviewId ?? '',
          score,
          comment: '',
          evidenceIds: [],
          createdAt: now,
          updatedAt: now,
        });
      }
    }),
  );
}

export async function setRatingComment(key: RatingKey, comment: string): Promise<void> {
  await guardWrite(() =>
    db.transaction('rw', db.ratings, async () => {
      const existing = await findRating(key);
      const now = nowIso();
      const text = clampTexts({ comment }).comment;
      if (existing) await db.ratings.update(existing.id, { comment: text, updatedAt: now });
      else {
        await db.ratings.add({
          id: newId(),
          workshopId: key.workshopId,
          participantId: key.participantId,
          principleId: key.principleId,
          reviewId: key.reviewId ?? '',
          score: null,
          comment: text,
          evidenceIds: [],
          createdAt: now,
          updatedAt: now,
        });
      }
    }),
  );
}

/** Removes a participant with their ratings and dot votes. */
export async function deleteParticipant(participant: Participant): Promise<void> {
  await guardWrite(() =>
    db.transaction('rw', db.participants, db.ratings, db.votes, async () => {
      await db.ratings.where('participantId').equals(participant.id).delete();
      await db.votes.where('participantId').equals(participant.id).delete();
      await db.participants.delete(participant.id);
    }),
  );
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
  const rows = await participantRepository.list(workshopId);
  return withoutHidden(rows, await hiddenRoomSessionIds(workshopId));
}
