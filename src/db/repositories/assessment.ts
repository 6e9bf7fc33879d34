import type { RatedItem } from '../../domain/staff-statements';
import type { Participant, Rating, Score, StaffRating } from '../../domain/types';
import { withoutHidden } from '../../domain/room-visibility';
import { newId, nowIso } from '../../lib/ids';
import { db } from '../database';
import { guardWrite, StorageError } from '../errors';
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

/** Whose rating of which item: a principle (`ratings`) or a staff statement (`staffRatings`). */
type RatingKey = { workshopId: string; participantId: string; reviewId?: string } & RatedItem;

type RatingTable = 'ratings' | 'staffRatings';
type AnyRating = Rating | StaffRating;

/** The table the item's ratings live in, and whether a row rates the item. */
function ratingStore(key: RatingKey) {
  if ('statementId' in key) {
    return {
      table: 'staffRatings' as RatingTable,
      matches: (row: AnyRating) => 'statementId' in row && row.statementId === key.statementId,
      fresh: { statementId: key.statementId, reviewId: key.reviewId ?? '' },
    };
  }
  return {
    table: 'ratings' as RatingTable,
    matches: (row: AnyRating) => 'principleId' in row && row.principleId === key.principleId,
    fresh: { principleId: key.principleId, reviewId: key.reviewId ?? '', evidenceIds: [] },
  };
}

async function findRating(key: RatingKey): Promise<AnyRating | undefined> {
  const { table, matches } = ratingStore(key);
  return db
    .table<AnyRating, string>(table)
    .where({ workshopId: key.workshopId, reviewId: key.reviewId ?? '' })
    .filter((rating) => rating.participantId === key.participantId && matches(rating))
    .first();
}

/** A re-rating belongs to a review of the same workshop: no row may point at nothing. */
async function checkReview(key: RatingKey, table: RatingTable): Promise<void> {
  if (!key.reviewId) return;
  const review = await db.reviews.get(key.reviewId);
  if (review?.workshopId !== key.workshopId) {
    throw new StorageError('invalidInput', undefined, `${table}.reviewId`);
  }
}

/** Changes one participant's rating of one item, creating it (unscored) when missing. */
async function writeRating(key: RatingKey, change: Partial<Pick<Rating, 'score' | 'comment'>>) {
  const { table, fresh } = ratingStore(key);
  await guardWrite(() =>
    db.transaction('rw', db.table(table), db.reviews, async () => {
      const existing = await findRating(key);
      const now = nowIso();
      if (existing) {
        await patchChecked(table, existing.id, change, now);
        return;
      }
      await checkReview(key, table);
      const rating = {
        id: newId(),
        workshopId: key.workshopId,
        participantId: key.participantId,
        score: null,
        comment: '',
        createdAt: now,
        updatedAt: now,
        ...fresh,
        ...change,
      };
      // `fresh` gives the fields of the table's own kind; checkRow verifies the whole row.
      await addChecked(table, [rating as unknown as AnyRating]);
    }),
  );
}

/**
 * Sets one participant's rating of one principle or staff statement; a score of null means
 * "don't know". `undefined` removes the rating altogether ("not rated").
 */
export async function setRating(key: RatingKey, score: Score | null | undefined): Promise<void> {
  if (score !== undefined) return writeRating(key, { score });
  const { table } = ratingStore(key);
  await guardWrite(() =>
    db.transaction('rw', db.table(table), async () => {
      const existing = await findRating(key);
      if (existing) await db.table(table).delete(existing.id);
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

/** Staff ratings of the workshop's own check ('') or of one follow-up review. */
export async function listStaffRatings(workshopId: string, reviewId = ''): Promise<StaffRating[]> {
  const rows = await db.staffRatings.where({ workshopId, reviewId }).toArray();
  return withoutHidden(rows, await hiddenRoomSessionIds(workshopId));
}

/** Staff ratings of the workshop's own check and of every review: the follow-up's trend. */
export async function listAllStaffRatings(workshopId: string): Promise<StaffRating[]> {
  const rows = await db.staffRatings.where('workshopId').equals(workshopId).toArray();
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
