import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { listActions, setQuickWin } from '../../src/db/repositories/actions';
import { planOrder } from '../../src/domain/path';
import { givenWorkshopWithActions } from '../helpers/factories';
import { renderApp } from '../helpers/render-app';

const titleOf = (item: HTMLElement) =>
  within(item).getByRole<HTMLInputElement>('textbox', { name: 'Action' }).value;

describe('the Path screen leads with the chosen small improvements', () => {
  it('lists them first in their rank order, then the rest in the stored order', async () => {
    const { workshop, actions } = await givenWorkshopWithActions(['A', 'B', 'C', 'D']);
    await setQuickWin(workshop.id, 1, actions[2]!.id);
    await setQuickWin(workshop.id, 2, actions[0]!.id);
    const { user } = renderApp(`/workshops/${workshop.id}/path`);

    const chosen = await screen.findByRole('heading', { name: 'First three small improvements' });
    const chosenList = within(chosen.parentElement!).getByRole('list');
    const others = screen.getByRole('heading', { name: 'Other actions' });
    const otherList = within(others.parentElement!).getByRole('list');
    await waitFor(() =>
      expect(within(chosenList).getAllByRole('listitem').map(titleOf)).toEqual(['C', 'A']),
    );
    expect(within(otherList).getAllByRole('listitem').map(titleOf)).toEqual(['B', 'D']);
    expect(screen.getByRole('group', { name: /Action 3/ })).toBeInTheDocument();

    // Moving within the chosen ones trades their ranks; the rest keep their places.
    await user.click(screen.getByRole('button', { name: 'Move “A” up' }));
    await waitFor(() =>
      expect(within(chosenList).getAllByRole('listitem').map(titleOf)).toEqual(['A', 'C']),
    );
    expect(planOrder(await listActions(workshop.id)).map((action) => action.title)).toEqual([
      'A',
      'C',
      'B',
      'D',
    ]);
    // Moving "D" up passes over no chosen action: it trades places with "B".
    await user.click(screen.getByRole('button', { name: 'Move “D” up' }));
    await waitFor(() =>
      expect(within(otherList).getAllByRole('listitem').map(titleOf)).toEqual(['D', 'B']),
    );
  });
});
