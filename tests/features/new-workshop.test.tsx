import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { listWorkshops } from '../../src/db/repositories/workshops';
import { renderApp } from '../helpers/render-app';

describe('new workshop form', () => {
  it('refuses an empty organisation and title with messages next to the fields', async () => {
    const { user } = renderApp('/workshops/new');
    await user.click(await screen.findByRole('button', { name: 'Create workshop' }));
    const organisation = screen.getByLabelText(/^Organisation/);
    expect(organisation).toHaveAccessibleDescription('Fill in this field.');
    expect(screen.getByLabelText(/^Workshop title/)).toHaveAccessibleDescription(
      'Fill in this field.',
    );
    expect(organisation).toHaveFocus();
    expect(await listWorkshops()).toEqual([]);
  });

  it('creates the workshop and opens its current state', async () => {
    const { user, router } = renderApp('/workshops/new');
    await user.type(await screen.findByLabelText(/^Organisation/), 'Pikku Kahvila Oy');
    await user.type(screen.getByLabelText(/^Workshop title/), 'Kevään työpaja');
    await user.type(screen.getByLabelText('Facilitator'), 'Maija');
    await user.click(screen.getByRole('radio', { name: 'Self-assessment' }));
    await user.click(screen.getByRole('radio', { name: 'English' }));
    await user.click(screen.getByRole('button', { name: 'Create workshop' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Current state' })).toBeVisible();
    const [workshop] = await listWorkshops();
    expect(workshop).toMatchObject({
      organisation: 'Pikku Kahvila Oy',
      title: 'Kevään työpaja',
      facilitator: 'Maija',
      mode: 'self',
      language: 'en',
    });
    expect(router.state.location.pathname).toBe(`/workshops/${workshop?.id}/current`);
  });
});
