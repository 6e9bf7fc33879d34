import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  createParticipant,
  listStaffRatings,
  setRating,
} from '../../src/db/repositories/assessment';
import { createReview } from '../../src/db/repositories/path';
import { REVIEW_FIELD_DEFAULTS } from '../../src/domain/defaults';
import { givenWorkshop } from '../helpers/factories';
import { renderApp } from '../helpers/render-app';

const LAZY = { timeout: 5_000 };

async function givenWorkshopWithStaffCheck(language: 'fi' | 'en') {
  const workshop = await givenWorkshop({ language });
  const aino = await createParticipant(workshop.id, { name: 'Aino', group: 'staff' });
  await setRating({ workshopId: workshop.id, participantId: aino.id, statementId: 'workload' }, 2);
  const review = await createReview(workshop.id, {
    ...structuredClone(REVIEW_FIELD_DEFAULTS),
    date: '2027-03-01',
  });
  return { workshop, aino, review };
}

describe('a review re-rates the staff experience', () => {
  it('saves a staff member’s new rating at the review and charts it beside the workshop’s', async () => {
    const { workshop, review } = await givenWorkshopWithStaffCheck('en');
    const { user } = renderApp(`/workshops/${workshop.id}/path/follow-up`);
    const staffTrend = await screen.findByRole(
      'region',
      { name: 'Trend of the staff experience' },
      LAZY,
    );
    expect(
      within(staffTrend).getByText(/The trend appears once the staff experience has been rated/),
    ).toBeVisible();

    await user.click(
      screen.getByRole('checkbox', { name: 'Rate the staff experience again at this review' }),
    );
    expect(screen.getByRole('heading', { name: 'Aino' })).toBeVisible();
    const workload = screen.getByRole('group', { name: 'Time to serve' });
    await user.click(within(workload).getByRole('radio', { name: '4' }));
    await user.type(screen.getByRole('textbox', { name: 'Comment on Time to serve' }), 'Helpompaa');
    await user.click(
      within(screen.getByRole('group', { name: 'Climate at work' })).getByRole('radio', {
        name: 'Don’t know',
      }),
    );

    // The trend appears: the workshop's 2 and the review's 4.
    const chart = await within(staffTrend).findByRole('img', { name: /^Time to serve: / }, LAZY);
    expect(chart).toHaveAccessibleName(/Workshop 2\.0, .* 4\.0$/);
    expect(screen.getByText('Staff experience ratings at this review (given: 1)')).toBeVisible();
    await expect
      .poll(async () => (await listStaffRatings(workshop.id, review.id)).map((r) => r.comment))
      .toContain('Helpompaa');
    const atReview = await listStaffRatings(workshop.id, review.id);
    expect(atReview.map((r) => [r.statementId, r.score]).sort()).toEqual([
      ['climate', null],
      ['workload', 4],
    ]);
    // The workshop's own check is untouched.
    expect(await listStaffRatings(workshop.id)).toMatchObject([
      { statementId: 'workload', score: 2 },
    ]);
  });

  it('speaks Finnish in a Finnish workshop, with the app’s own term for the staff experience', async () => {
    const { workshop } = await givenWorkshopWithStaffCheck('fi');
    const { user } = renderApp(`/workshops/${workshop.id}/path/follow-up`, { language: 'fi' });
    const rerate = await screen.findByRole(
      'checkbox',
      { name: 'Arvioi henkilöstökokemus uudelleen tässä seurantakatsauksessa' },
      LAZY,
    );
    await user.click(rerate);
    const workload = screen.getByRole('group', { name: 'Aikaa palvella' });
    await user.click(within(workload).getByRole('radio', { name: '3' }));
    expect(
      await screen.findByText('Henkilöstökokemuksen arviot tässä seurantakatsauksessa (annettu 1)'),
    ).toBeVisible();
    expect(
      await screen.findByRole('region', { name: 'Henkilöstökokemuksen kehitys' }),
    ).toBeVisible();
  });
});
