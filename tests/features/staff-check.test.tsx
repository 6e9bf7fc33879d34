import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  createParticipant,
  listStaffRatings,
  setRating,
} from '../../src/db/repositories/assessment';
import { givenWorkshop } from '../helpers/factories';
import { renderApp } from '../helpers/render-app';

describe('staff experience check', () => {
  it('rates the staff statements per participant and shows where staff and customers disagree', async () => {
    const workshop = await givenWorkshop();
    const boss = await createParticipant(workshop.id, {
      name: 'Johtaja',
      group: 'management',
      order: 0,
    });
    await createParticipant(workshop.id, { name: 'Myyjä', group: 'staff', order: 1 });
    // The customer side rates the genuine encounter well.
    await setRating(
      { workshopId: workshop.id, participantId: boss.id, principleId: 'genuineEncounter' },
      5,
    );

    const { user, router } = renderApp(`/workshops/${workshop.id}/current/staff`);
    expect(
      await screen.findByRole('heading', { name: 'Staff experience check', level: 1 }),
    ).toBeVisible();
    expect(screen.getByRole('heading', { name: 'Climate at work' })).toBeVisible();
    expect(screen.getByText(/Bears most on: Genuine encounter/)).toBeVisible();
    await user.click(
      within(screen.getByRole('group', { name: 'Johtaja' })).getByRole('radio', { name: '2' }),
    );
    await user.click(
      within(screen.getByRole('group', { name: 'Myyjä' })).getByRole('radio', {
        name: 'Don’t know',
      }),
    );
    await waitFor(async () => expect(await listStaffRatings(workshop.id)).toHaveLength(2));
    expect(await screen.findByText('2 of 14 ratings given')).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Next statement →' }));
    expect(await screen.findByRole('heading', { name: 'Being oneself' })).toBeVisible();

    await router.navigate(`/workshops/${workshop.id}/target/results`);
    const table = await screen.findByRole('table', { name: 'Statistics per staff statement' });
    await waitFor(() =>
      expect(within(table).getByRole('row', { name: /^Climate at work/ })).toHaveTextContent(
        /^Climate at work2\.0/,
      ),
    );
    expect(
      await screen.findByText(
        /Staff give “Climate at work” a mean of 2\.0, while “Genuine encounter” has 5\.0 on the customer side: staff are 3\.0 points lower\./,
      ),
    ).toBeVisible();
  });
});
