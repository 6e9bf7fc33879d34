import { configure, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { db } from '../../src/db/database';
import { createParticipant, listRatings } from '../../src/db/repositories/assessment';
import { listVotes } from '../../src/db/repositories/path';
import { paths } from '../../src/config/paths';
import { givenWorkshop, givenWorkshopWithActions } from '../helpers/factories';
import { renderApp } from '../helpers/render-app';

// Each PIN check runs 100,000 PBKDF2 rounds; on a busy machine that outlasts the 1 s default.
configure({ asyncUtilTimeout: 5000 });

/** Opens the start dialog; the button waits for the screen's data (voting needs actions). */
async function openRoomMode(user: ReturnType<typeof renderApp>['user']) {
  const button = await screen.findByRole('button', { name: 'Room mode' }, { timeout: 5000 });
  await waitFor(() => expect(button).toBeEnabled());
  await user.click(button);
  return screen.findByRole('dialog', { name: 'Start room mode' }, { timeout: 3000 });
}

describe('room mode', () => {
  it('passes the device round with hidden ratings and leaves only with the facilitator PIN', async () => {
    const workshop = await givenWorkshop({ language: 'en' });
    await createParticipant(workshop.id, { name: 'Aino', group: '', order: 0 });
    const { user, router } = renderApp(paths.targetPart(workshop.id, 'rate'));

    const dialog = await openRoomMode(user);
    await user.type(within(dialog).getByLabelText('Facilitator PIN (4–6 digits)'), '12');
    await user.type(within(dialog).getByLabelText('PIN again'), '12');
    await user.click(within(dialog).getByRole('button', { name: 'Start room mode' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent('4 to 6 digits');
    await user.type(within(dialog).getByLabelText('Facilitator PIN (4–6 digits)'), '07');
    await user.type(within(dialog).getByLabelText('PIN again'), '07');
    await user.click(within(dialog).getByRole('button', { name: 'Start room mode' }));

    // The participant view: no app navigation, only the count.
    expect(await screen.findByRole('heading', { name: 'Your turn' })).toBeVisible();
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
    expect(screen.getByRole('status', { name: '' })).toHaveTextContent('Entries so far: 0');

    await user.click(screen.getByRole('button', { name: 'Done, pass the device on' }));
    expect(screen.getByRole('alert')).toHaveTextContent('at least one answer');

    const smoothness = screen.getByRole('radiogroup', { name: 'Your rating of Smoothness' });
    await user.click(within(smoothness).getByRole('radio', { name: '4' }));
    await user.click(screen.getByRole('button', { name: 'Done, pass the device on' }));
    expect(
      await screen.findByRole('heading', { name: 'Thank you, your entry is saved' }),
    ).toBeVisible();
    expect(screen.getByText('Entries so far: 1')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'I am next: start my entry' }));

    // The next person gets a fresh view: nothing chosen.
    const fresh = await screen.findByRole('radiogroup', { name: 'Your rating of Smoothness' });
    expect(
      within(fresh)
        .getAllByRole('radio')
        .filter((radio) => (radio as HTMLInputElement).checked),
    ).toEqual([]);
    // Hidden from the normal results meanwhile.
    expect(await listRatings(workshop.id)).toEqual([]);

    // Another URL leads straight back to the participant view.
    await router.navigate(paths.targetPart(workshop.id, 'results'));
    await waitFor(() => expect(router.state.location.pathname).toMatch(/^\/room\//));
    await waitFor(() =>
      expect(screen.getByRole('heading', { name: 'Your turn' })).toBeInTheDocument(),
    );
    expect(screen.queryByRole('heading', { name: 'Results' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Facilitator: end room mode' }));
    const leave = await screen.findByRole('dialog', { name: 'End room mode' });
    await user.type(within(leave).getByLabelText('Facilitator PIN'), '9999');
    await user.click(within(leave).getByRole('button', { name: 'End room mode' }));
    expect(await within(leave).findByRole('alert')).toHaveTextContent('Wrong PIN');
    expect(screen.getByRole('heading', { name: 'Your turn' })).toBeInTheDocument();
    expect((await db.roomSessions.toArray())[0]?.status).toBe('active');

    await user.type(within(leave).getByLabelText('Facilitator PIN'), '1207');
    await user.click(within(leave).getByRole('button', { name: 'End room mode' }));
    expect(
      await screen.findByText(
        'Hidden entries: 1. Reveal them all at once, for example on the projector.',
      ),
    ).toBeVisible();
    expect(await listRatings(workshop.id)).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Reveal all entries' }));
    const row = await screen.findByRole('row', { name: /Smoothness/ });
    expect(row).toHaveTextContent('4');
    await waitFor(async () => expect(await listRatings(workshop.id)).toHaveLength(1));
  });

  it('collects named dot votes within the allowance and shows the totals only after the reveal', async () => {
    const { workshop } = await givenWorkshopWithActions(['Jonotiedote', 'Koulutus']);
    const { user } = renderApp(paths.pathPart(workshop.id, 'prioritise'));
    const dialog = await openRoomMode(user);
    await user.type(within(dialog).getByLabelText('Facilitator PIN (4–6 digits)'), '4455');
    await user.type(within(dialog).getByLabelText('PIN again'), '4455');
    await user.click(within(dialog).getByRole('radio', { name: 'Each person writes their name' }));
    await user.click(within(dialog).getByRole('button', { name: 'Start room mode' }));

    await user.type(await screen.findByLabelText('Your name'), 'Mikko');
    const more = screen.getByRole('button', { name: 'One dot more for Koulutus' });
    for (let i = 0; i < 5; i += 1) await user.click(more);
    expect(screen.getByText('Dots left: 0 of 5')).toBeVisible();
    expect(more).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'One dot less for Koulutus' }));
    await user.click(screen.getByRole('button', { name: 'One dot more for Jonotiedote' }));
    await user.click(screen.getByRole('button', { name: 'Done, pass the device on' }));
    await screen.findByRole('heading', { name: 'Thank you, your entry is saved' });
    expect(await listVotes(workshop.id)).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Facilitator: end room mode' }));
    const leave = await screen.findByRole('dialog', { name: 'End room mode' });
    await user.type(within(leave).getByLabelText('Facilitator PIN'), '4455');
    await user.click(within(leave).getByRole('button', { name: 'End room mode' }));
    await user.click(await screen.findByRole('button', { name: 'Reveal all entries' }));
    expect(await screen.findByRole('row', { name: /Koulutus/ })).toHaveTextContent('4');
    expect(screen.getByRole('row', { name: /Jonotiedote/ })).toHaveTextContent('1');
    await waitFor(async () => expect(await listVotes(workshop.id)).toHaveLength(2));
    const names = (await db.participants.toArray()).map((p) => p.name);
    expect(names).toEqual(['Mikko']);
  });
});
