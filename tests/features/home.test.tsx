import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getWorkshop, listWorkshops } from '../../src/db/repositories/workshops';
import { writeRoomLockHint } from '../../src/lib/room-lock-hint';
import { givenWorkshop } from '../helpers/factories';
import { renderApp } from '../helpers/render-app';

describe('home page', () => {
  it('draws its title and the two ways to start at once; the workshop list follows', async () => {
    await givenWorkshop({ title: 'Kevään työpaja' });
    writeRoomLockHint(null); // the last start found this device in no live room
    renderApp('/', { language: 'fi' });
    // No waiting: these need neither the database nor any code loaded later.
    expect(
      screen.getByRole('heading', { level: 1, name: 'Tämän laitteen työpajat' }),
    ).toBeVisible();
    expect(screen.getByRole('link', { name: 'Uusi työpaja' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Avaa esimerkkityöpaja' })).toBeEnabled();
    expect(await screen.findByRole('link', { name: 'Kevään työpaja' })).toBeVisible();
  });

  it('explains the app and offers the two ways to start when there are no workshops', async () => {
    renderApp('/', { language: 'fi' });
    expect(await screen.findByText(/ohjaa organisaation palvelukulttuurin/)).toBeVisible();
    expect(screen.getByRole('link', { name: 'Uusi työpaja' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Avaa esimerkkityöpaja' })).toBeVisible();
  });

  it('opens a sample workshop in the chosen language', async () => {
    const { user } = renderApp('/', { language: 'en' });
    await user.click(await screen.findByRole('button', { name: 'Open sample workshop' }));
    // Writing the whole sample and loading the phase chunk can take a while on a busy machine.
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Current state' }, { timeout: 5_000 }),
    ).toBeVisible();
    expect(screen.getByText('Lakeheart Spa Hotel (sample)')).toBeVisible();
    const [sample] = await listWorkshops();
    expect(sample?.language).toBe('en');
  });

  it('edits the details of a workshop and refuses an empty title', async () => {
    const workshop = await givenWorkshop({ title: 'Vanha nimi' });
    const { user } = renderApp('/');
    await user.click(await screen.findByRole('button', { name: 'Rename / edit' }));
    const dialog = screen.getByRole('dialog', { name: 'Workshop details' });
    const title = within(dialog).getByLabelText(/^Workshop title/);
    await user.clear(title);
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(title).toHaveAccessibleDescription('Fill in this field.');
    await user.type(title, 'Uusi nimi');
    await user.click(within(dialog).getByRole('radio', { name: 'English' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(async () => {
      expect(await getWorkshop(workshop.id)).toMatchObject({ title: 'Uusi nimi', language: 'en' });
    });
    expect(await screen.findByRole('link', { name: 'Uusi nimi' })).toBeVisible();
  });
});
