import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { listActions } from '../../src/db/repositories/actions';
import { getWorkshop } from '../../src/db/repositories/workshops';
import { givenWorkshop } from '../helpers/factories';
import { renderApp } from '../helpers/render-app';

describe('workshop phases', () => {
  it('shows the stepper with the three phases and the report', async () => {
    const workshop = await givenWorkshop();
    renderApp(`/workshops/${workshop.id}/target`, { language: 'fi' });
    const nav = await screen.findByRole('navigation', { name: 'Työpajan vaiheet' });
    const links = within(nav)
      .getAllByRole('link')
      .map((link) => link.textContent);
    expect(links).toEqual(['1Nykytila', '2Tavoitetila', '3Kehittämispolku', '4Raportti']);
    expect(within(nav).getByRole('link', { name: /Tavoitetila/ })).toHaveAttribute(
      'aria-current',
      'page',
    );
  });

  it('saves the current-state statement and lists as the user types, HTML kept literal', async () => {
    const workshop = await givenWorkshop();
    const { user } = renderApp(`/workshops/${workshop.id}/current`);
    const statement = await screen.findByLabelText('Current-state statement');
    await user.type(statement, '<b>Ystävällinen</b> mutta hidas');
    await user.click(screen.getByRole('button', { name: '+ Add strength' }));
    await user.type(screen.getByLabelText('Strength 1'), 'Lämpö{Enter}Nopeus');
    expect(screen.getByLabelText('Strength 2')).toHaveValue('Nopeus');
    await waitFor(async () => {
      const stored = await getWorkshop(workshop.id);
      expect(stored?.currentStatement).toBe('<b>Ystävällinen</b> mutta hidas');
      expect(stored?.strengths.map((entry) => entry.text)).toEqual(['Lämpö', 'Nopeus']);
    });
    expect(await screen.findByText('✓ Saved')).toBeVisible();
    expect(document.querySelector('b')).toBeNull();
  });

  it('adds an action by keyboard and refuses one without a title', async () => {
    const workshop = await givenWorkshop();
    const { user } = renderApp(`/workshops/${workshop.id}/path`);
    await user.click(await screen.findByRole('button', { name: 'Add action' }));
    expect(screen.getByText('Give the action a title.')).toBeVisible();
    const title = screen.getAllByLabelText('Action')[0]!;
    await user.type(title, 'Palautehetki viikoittain{Enter}');
    expect(await screen.findByRole('group', { name: 'Action 1' })).toBeVisible();
    expect(title).toHaveValue('');
    expect(title).toHaveFocus();
    const [action] = await listActions(workshop.id);
    expect(action).toMatchObject({ title: 'Palautehetki viikoittain', status: 'planned' });
  });

  it('tells when a workshop does not exist', async () => {
    renderApp('/workshops/nope/current');
    expect(await screen.findByText(/This workshop was not found/)).toBeVisible();
  });
});
