import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  createParticipant,
  listParticipants,
  listRatings,
} from '../../src/db/repositories/assessment';
import { givenWorkshop } from '../helpers/factories';
import { renderApp } from '../helpers/render-app';

describe('assessment', () => {
  it('shows an empty radar table with dashes when nobody has rated yet', async () => {
    const workshop = await givenWorkshop();
    renderApp(`/workshops/${workshop.id}/target/results`);
    const table = await screen.findByRole('table', { name: 'The chart as a table' });
    expect(within(table).getAllByRole('row')).toHaveLength(8);
    expect(within(table).getByRole('row', { name: /Smoothness/ })).toHaveTextContent(
      'Smoothness––',
    );
    expect(screen.getByText('No ratings yet.')).toBeVisible();
  });

  it('rates a principle for each participant by keyboard, with "don’t know" left out of the mean', async () => {
    const workshop = await givenWorkshop();
    await createParticipant(workshop.id, {
      name: 'Johtaja',
      group: 'management',
      order: 0,
    });
    await createParticipant(workshop.id, { name: 'Myyjä', group: 'staff', order: 1 });
    const { user } = renderApp(`/workshops/${workshop.id}/target/rate`);
    const first = await screen.findByRole('group', { name: 'Johtaja' });
    await user.click(within(first).getByRole('radio', { name: '2' }));
    await user.keyboard('{ArrowRight}{ArrowRight}');
    await waitFor(() => expect(within(first).getByRole('radio', { name: '4' })).toBeChecked());
    await user.click(
      within(screen.getByRole('group', { name: 'Myyjä' })).getByRole('radio', {
        name: 'Don’t know',
      }),
    );
    await waitFor(async () => expect(await listRatings(workshop.id)).toHaveLength(2));
    const ratings = await listRatings(workshop.id);
    expect(ratings.map((r) => r.score).sort()).toEqual([4, null]);
    expect(await screen.findByText('2 of 14 ratings given')).toBeVisible();

    await user.click(screen.getByRole('link', { name: '3 Results' }));
    const table = await screen.findByRole('table', { name: 'Statistics per principle' });
    await waitFor(() =>
      expect(within(table).getByRole('row', { name: /^Genuine encounter/ })).toHaveTextContent(
        'Genuine encounter4.04–40.011Management 4.0',
      ),
    );
  });

  it('creates the manager’s own participant in self-assessment mode', async () => {
    const workshop = await givenWorkshop({ mode: 'self', facilitator: 'Päivi Päällikkö' });
    renderApp(`/workshops/${workshop.id}/target/rate`);
    expect(await screen.findByRole('option', { name: 'Päivi Päällikkö' })).toBeInTheDocument();
    expect(await listParticipants(workshop.id)).toHaveLength(1);
  });
});
