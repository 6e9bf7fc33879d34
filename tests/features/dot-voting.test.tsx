import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createParticipant } from '../../src/db/repositories/assessment';
import { listVotes } from '../../src/db/repositories/path';
import { givenWorkshopWithActions } from '../helpers/factories';
import { renderApp } from '../helpers/render-app';

describe('dot voting', () => {
  it('places one participant’s dots at a time, with everyone’s totals beside them', async () => {
    const { workshop } = await givenWorkshopWithActions(['Palautehetki', 'Jonotiedote']);
    await createParticipant(workshop.id, { name: 'Aino', group: '', order: 0 });
    await createParticipant(workshop.id, { name: 'Ville', group: '', order: 1 });
    const { user } = renderApp(`/workshops/${workshop.id}/path/prioritise`);

    const voter = await screen.findByLabelText('Whose dots are placed');
    expect(voter).toHaveDisplayValue('Aino');
    await user.click(
      screen.getByRole('button', { name: 'Give a dot from Aino to “Palautehetki”' }),
    );
    expect(await screen.findByText('Aino – dots left: 4')).toBeVisible();

    await user.selectOptions(voter, 'Ville');
    expect(screen.getByRole('columnheader', { name: 'Ville’s dots' })).toBeVisible();
    expect(screen.queryByRole('button', { name: /from Aino/ })).toBeNull();
    const add = screen.getByRole('button', { name: 'Give a dot from Ville to “Palautehetki”' });
    add.focus();
    await user.keyboard('{Enter}');
    await user.keyboard('{Enter}');
    expect(await screen.findByText('Ville – dots left: 3')).toBeVisible();

    const row = screen.getByRole('row', { name: /Palautehetki/ });
    await waitFor(() => expect(within(row).getAllByRole('cell').at(-1)).toHaveTextContent('3'));
    await user.click(
      screen.getByRole('button', { name: 'Take back one of Ville’s dots from “Palautehetki”' }),
    );
    expect(await screen.findByText('Ville – dots left: 4')).toBeVisible();
    await waitFor(async () => {
      const votes = await listVotes(workshop.id);
      expect(votes.reduce((sum, vote) => sum + vote.dots, 0)).toBe(2);
    });
  });
});
