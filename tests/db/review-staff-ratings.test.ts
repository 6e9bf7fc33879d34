import { describe, expect, it } from 'vitest';
import { db } from '../../src/db/database';
import { StorageError } from '../../src/db/errors';
import {
  createParticipant,
  listAllStaffRatings,
  listStaffRatings,
  setRating,
  setRatingComment,
} from '../../src/db/repositories/assessment';
import { exportWorkshops } from '../../src/db/repositories/backup';
import { createReview, deleteReview, restoreReview } from '../../src/db/repositories/path';
import { duplicateWorkshop } from '../../src/db/repositories/workshops';
import { REVIEW_FIELD_DEFAULTS } from '../../src/domain/defaults';
import { summariseStaffCheck } from '../../src/domain/staff-check';
import { givenWorkshop } from '../helpers/factories';

async function givenReviewedWorkshop() {
  const workshop = await givenWorkshop();
  const participant = await createParticipant(workshop.id, { name: 'Aino', group: 'staff' });
  const review = await createReview(workshop.id, {
    ...structuredClone(REVIEW_FIELD_DEFAULTS),
    date: '2027-03-01',
  });
  const key = { workshopId: workshop.id, participantId: participant.id };
  return { workshop, participant, review, key };
}

describe('a follow-up review re-rates the staff experience check', () => {
  it('keeps a review’s staff ratings apart from the workshop’s own check', async () => {
    const { workshop, review, key, participant } = await givenReviewedWorkshop();
    await setRating({ ...key, statementId: 'workload' }, 2);
    await setRating({ ...key, statementId: 'workload', reviewId: review.id }, 4);
    await setRatingComment(
      { ...key, statementId: 'workload', reviewId: review.id },
      'Rekrytointi helpotti',
    );
    await setRating({ ...key, statementId: 'climate', reviewId: review.id }, null);

    const baseline = await listStaffRatings(workshop.id);
    expect(baseline).toMatchObject([{ statementId: 'workload', score: 2, reviewId: '' }]);
    expect(await listStaffRatings(workshop.id, review.id)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          statementId: 'workload',
          score: 4,
          comment: 'Rekrytointi helpotti',
        }),
        expect.objectContaining({ statementId: 'climate', score: null }),
      ]),
    );
    expect(await listAllStaffRatings(workshop.id)).toHaveLength(3);
    // The baseline figures come from the workshop's own check only.
    const workload = summariseStaffCheck(baseline, [participant]).find(
      (summary) => summary.statementId === 'workload',
    );
    expect(workload?.mean).toBe(2);

    // "Not rated" takes the review's rating out and leaves the baseline alone.
    await setRating({ ...key, statementId: 'workload', reviewId: review.id }, undefined);
    expect(await listStaffRatings(workshop.id, review.id)).toMatchObject([
      { statementId: 'climate' },
    ]);
    expect(await listStaffRatings(workshop.id)).toMatchObject([{ score: 2 }]);
  });

  it('refuses a score off the scale and a review of another workshop', async () => {
    const { review, key } = await givenReviewedWorkshop();
    const bad = setRating(
      { ...key, statementId: 'workload', reviewId: review.id },
      7 as unknown as 5,
    );
    await expect(bad).rejects.toMatchObject({ code: 'invalidInput' });
    const other = await givenWorkshop({ organisation: 'Toinen Oy' });
    const wrongReview = setRating(
      {
        workshopId: other.id,
        participantId: key.participantId,
        statementId: 'climate',
        reviewId: review.id,
      },
      3,
    );
    await expect(wrongReview).rejects.toBeInstanceOf(StorageError);
    await expect(wrongReview).rejects.toMatchObject({ field: 'staffRatings.reviewId' });
    expect(await db.staffRatings.count()).toBe(0);
  });

  it('deletes a review’s staff ratings with the review, and gives them back on undo', async () => {
    const { workshop, review, key } = await givenReviewedWorkshop();
    await setRating({ ...key, statementId: 'coaching' }, 3);
    await setRating({ ...key, statementId: 'coaching', reviewId: review.id }, 5);

    const removal = await deleteReview(review.id);
    expect(await listAllStaffRatings(workshop.id)).toMatchObject([{ score: 3, reviewId: '' }]);
    await restoreReview(removal!);
    expect(await listStaffRatings(workshop.id, review.id)).toMatchObject([{ score: 5 }]);
  });

  it('carries the re-ratings to a copy of the workshop, pointing at the copy’s review', async () => {
    const { workshop, review, key } = await givenReviewedWorkshop();
    await setRating({ ...key, statementId: 'authority', reviewId: review.id }, 4);
    const copy = await duplicateWorkshop(workshop.id, 'kopio');
    const [content] = (await exportWorkshops()).filter((item) => item.workshop.id === copy.id);
    const [copiedReview] = content!.reviews;
    expect(copiedReview!.id).not.toBe(review.id);
    expect(content!.staffRatings).toMatchObject([{ score: 4, reviewId: copiedReview!.id }]);
  });
});
