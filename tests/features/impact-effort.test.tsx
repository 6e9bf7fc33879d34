import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { listActions } from '../../src/db/repositories/actions';
import { givenWorkshop, givenWorkshopWithActions } from '../helpers/factories';
import { renderApp } from '../helpers/render-app';

describe('impact and effort', () => {
  it('are set in the new-action form', async () => {
    const workshop = await givenWorkshop();
    const { user } = renderApp(`/workshops/${workshop.id}/path`);
    const form = (await screen.findByRole('heading', { name: 'New action' })).closest('form')!;
    await user.type(within(form).getByLabelText('Action'), 'Jonotiedote');
    await user.selectOptions(within(form).getByLabelText('Impact (1–5)'), '5');
    await user.selectOptions(within(form).getByLabelText('Effort (1–5)'), '2');
    await user.click(within(form).getByRole('button', { name: 'Add action' }));
    await waitFor(async () =>
      expect(await listActions(workshop.id)).toMatchObject([
        { title: 'Jonotiedote', impact: 5, effort: 2 },
      ]),
    );
    expect(within(form).getByLabelText('Impact (1–5)')).toHaveValue('');
  });

  it('are set on the matrix screen, and the card moves to its quadrant', async () => {
    const { workshop } = await givenWorkshopWithActions(['Kahvihetki', 'Jonotiedote']);
    const { user } = renderApp(`/workshops/${workshop.id}/path/prioritise`);
    await user.click(await screen.findByText('Impact and effort as numbers (2 not rated)'));
    const table = await screen.findByRole('table');
    await user.selectOptions(within(table).getByLabelText('Impact of “Jonotiedote”'), '5');
    await user.selectOptions(within(table).getByLabelText('Effort of “Jonotiedote”'), '1');
    const quickWins = screen.getByRole('region', {
      name: 'Easy and effective (high impact, low effort)',
    });
    expect(
      await within(quickWins).findByRole('button', { name: 'Jonotiedote' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Impact and effort as numbers (1 not rated)')).toBeVisible();
  });
});
