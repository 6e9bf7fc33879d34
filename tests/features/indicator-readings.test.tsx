import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { db } from '../../src/db/database';
import { createIndicator } from '../../src/db/repositories/assessment';
import { createReview } from '../../src/db/repositories/path';
import { createSampleWorkshop } from '../../src/db/repositories/sample';
import { REVIEW_FIELD_DEFAULTS } from '../../src/domain/defaults';
import { givenWorkshop } from '../helpers/factories';
import { renderApp } from '../helpers/render-app';

const LAZY = { timeout: 5_000 };

const emptyReview = REVIEW_FIELD_DEFAULTS;

describe('indicator readings at the follow-up reviews', () => {
  it('saves a reading typed at a review and draws the indicator from baseline to target', async () => {
    const workshop = await givenWorkshop({ language: 'fi', date: '2026-11-01' });
    const complaints = await createIndicator(workshop.id, {
      name: 'Moitteiden osuus',
      unit: '%',
      baseline: '40 %',
      target: '15 %',
      targetDate: '2027-09-30',
      method: '',
      segmentIds: [],
    });
    const review = await createReview(workshop.id, { ...emptyReview, date: '2027-02-01' });
    const { user } = renderApp(`/workshops/${workshop.id}/path/follow-up`, { language: 'fi' });

    const group = await screen.findByRole(
      'group',
      { name: 'Mittarien lukemat tässä seurantakatsauksessa' },
      LAZY,
    );
    const field = within(group).getByLabelText('Moitteiden osuus');
    expect(field).toHaveAccessibleDescription(
      'Yksikkö %, lähtötaso 40 %, tavoite 15 % 30.9.2027 mennessä',
    );
    expect(screen.getByText(/Mittarien kehitys näkyy, kun niiden lukemat/)).toBeVisible();

    await user.type(field, '32,5 %');
    await waitFor(async () =>
      expect((await db.reviews.get(review.id))?.indicatorReadings).toEqual([
        { indicatorId: complaints.id, value: '32,5 %' },
      ]),
    );
    const chart = await screen.findByRole('img', { name: /^Moitteiden osuus \(%\): / }, LAZY);
    expect(chart).toHaveAccessibleName(
      'Moitteiden osuus (%): 11/2026 Lähtötaso 40, 2/2027 32,5; Tavoite 15 %',
    );
    expect(within(chart).getByText('32,5')).toBeInTheDocument();

    await user.click(screen.getByText('Näytä lukemat taulukkona'));
    const table = screen.getByRole('table', {
      name: 'Moitteiden osuus (%): lähtötaso, lukemat seurantakatsauksissa ja tavoite',
    });
    expect(
      within(table)
        .getAllByRole('row')
        .slice(1)
        .map((row) => row.textContent),
    ).toEqual(['Lähtötaso 1.11.202640 %', '1.2.202732,5 %', 'Tavoite 30.9.202715 %']);
  });

  it('shows readings that are not figures as a short table, without a chart', async () => {
    const workshop = await givenWorkshop({ language: 'en', date: '2026-11-01' });
    const indicator = await createIndicator(workshop.id, {
      name: 'Tone of the reviews',
      unit: '',
      baseline: 'mixed',
      target: 'warm',
      targetDate: '',
      method: '',
      segmentIds: [],
    });
    await createReview(workshop.id, {
      ...emptyReview,
      date: '2027-02-01',
      indicatorReadings: [{ indicatorId: indicator.id, value: 'mostly warm' }],
    });
    renderApp(`/workshops/${workshop.id}/path/follow-up`);
    const table = await screen.findByRole(
      'table',
      { name: 'Tone of the reviews: baseline, readings at the reviews and target' },
      LAZY,
    );
    expect(within(table).getByRole('cell', { name: 'mostly warm' })).toBeVisible();
    expect(
      screen.getByText('The readings are not figures, so they are shown as a table.'),
    ).toBeVisible();
    expect(screen.queryByRole('img', { name: /^Tone of the reviews/ })).toBeNull();
  });

  it('shows the sample’s indicators read at its held review', async () => {
    const sample = await createSampleWorkshop('en');
    renderApp(`/workshops/${sample.id}/path/follow-up`);
    const chart = await screen.findByRole(
      'img',
      { name: /^Share of complaints about the reception \(%\): .* 40, .* 32; Target 15%$/ },
      LAZY,
    );
    expect(chart).toBeVisible();
    expect(
      screen.getByRole('img', {
        name: /^Likelihood to recommend \(0–10\): .* 8\.1, .* 8\.4; Target 9\.0$/,
      }),
    ).toBeVisible();
  });
});
