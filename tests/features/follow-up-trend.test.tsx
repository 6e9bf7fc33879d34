import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createReview } from '../../src/db/repositories/path';
import { createSampleWorkshop } from '../../src/db/repositories/sample';
import { REVIEW_FIELD_DEFAULTS } from '../../src/domain/defaults';
import { givenWorkshop } from '../helpers/factories';
import { renderApp } from '../helpers/render-app';

const LAZY = { timeout: 5_000 };

describe('the follow-up trend charts', () => {
  it('draws a chart per principle over the workshop and the review, with the figures in a table', async () => {
    const sample = await createSampleWorkshop('en');
    const { user } = renderApp(`/workshops/${sample.id}/path/follow-up`);
    expect(await screen.findByRole('heading', { name: 'Trend per principle' }, LAZY)).toBeVisible();
    // The sample's held review lifted communication from 2.7 to 3.7, towards a target of 4.
    const principles = screen.getByRole('region', { name: 'Trend per principle' });
    const chart = within(principles).getByRole('img', { name: /^Communication: / });
    expect(chart).toHaveAccessibleName(/Workshop 2\.7, .* 3\.7; Target 4\.0$/);
    expect(within(chart).getByText('2.7')).toBeInTheDocument();
    expect(within(chart).getByText('3.7')).toBeInTheDocument();
    expect(within(principles).getAllByRole('img', { name: /: .*Workshop/ })).toHaveLength(7);

    await user.click(within(principles).getByText('Show the figures as a table'));
    const table = within(principles).getByRole('table', {
      name: 'Mean per principle at the workshop and at each review, and the target',
    });
    const row = within(table).getByRole('row', { name: /^Communication/ });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['2.7', '3.7', '4.0']);
    // Word of mouth: both numbers, each in its own chart, each saying which way is better.
    expect(screen.getByRole('img', { name: /^Told about a good experience: / })).toBeVisible();
    expect(screen.getByRole('img', { name: /^Told about a bad experience: / })).toBeVisible();
    expect(screen.getByText('Fewer is better')).toBeVisible();
  });

  it('says what is missing while no review has rated the principles again', async () => {
    const workshop = await givenWorkshop({ language: 'en' });
    await createReview(workshop.id, { ...REVIEW_FIELD_DEFAULTS, date: '2027-03-01' });
    renderApp(`/workshops/${workshop.id}/path/follow-up`);
    expect(
      await screen.findByText(
        /The trend appears once the principles have been rated again/,
        {},
        LAZY,
      ),
    ).toBeVisible();
    expect(screen.queryByRole('img', { name: /^Communication: / })).toBeNull();
  });

  it('draws the staff statements’ trend apart, from the workshop’s check to the review’s', async () => {
    const sample = await createSampleWorkshop('en');
    const { user } = renderApp(`/workshops/${sample.id}/path/follow-up`);
    const staff = await screen.findByRole(
      'region',
      { name: 'Trend of the staff experience' },
      LAZY,
    );
    // The extra check-out shift: time to serve from 1.8 to 2.8, towards a target of 3.
    expect(within(staff).getByRole('img', { name: /^Time to serve: / })).toHaveAccessibleName(
      /Workshop 1\.8, .* 2\.8; Target 3\.0$/,
    );
    expect(within(staff).getAllByRole('img', { name: /: .*Workshop/ })).toHaveLength(7);
    // No radar here: the principles' radar stays with the principles.
    expect(within(staff).queryByRole('img', { name: /^The seven principles/ })).toBeNull();
    await user.click(within(staff).getByText('Show the figures as a table'));
    const table = within(staff).getByRole('table', {
      name: 'Mean per staff statement at the workshop and at each review, and the target',
    });
    const row = within(table).getByRole('row', { name: /^Time to serve/ });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['1.8', '2.8', '3.0']);
    const climate = within(table).getByRole('row', { name: /^Climate at work/ });
    expect(within(climate).getAllByRole('cell').at(-1)).toHaveTextContent('4.0');
    const beingOneself = within(table).getByRole('row', { name: /^Being oneself/ });
    expect(within(beingOneself).getAllByRole('cell').at(-1)).toHaveTextContent('–');
  });
});
