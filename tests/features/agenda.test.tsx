import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAgenda } from '../../src/db/repositories/agenda';
import { getWorkshop } from '../../src/db/repositories/workshops';
import { givenWorkshop } from '../helpers/factories';
import { renderApp } from '../helpers/render-app';

async function openGeneratedAgenda() {
  const workshop = await givenWorkshop({ language: 'en' });
  const view = renderApp(`/workshops/${workshop.id}/agenda`);
  await view.user.click(
    await screen.findByRole('button', { name: 'Create the agenda from the method template' }),
  );
  await screen.findByRole('group', { name: 'Step 1: Opening and purpose' });
  return { workshop, ...view };
}

// Twelve steps with all their fields make role queries slow in jsdom on a busy machine.
beforeAll(() => configure({ asyncUtilTimeout: 5000 }));
afterAll(() => configure({ asyncUtilTimeout: 1000 }));

const steps = () => within(screen.getByRole('list', { name: 'Steps of the agenda' }));

describe('agenda', () => {
  it('is reachable from the workshop and generated from the method template', async () => {
    const workshop = await givenWorkshop({ language: 'fi' });
    const { user } = renderApp(`/workshops/${workshop.id}/current`, { language: 'fi' });
    await user.click(await screen.findByRole('link', { name: 'Ohjelma' }));
    await user.click(
      await screen.findByRole('button', { name: 'Luo ohjelma menetelmän pohjasta' }),
    );
    expect(await screen.findByRole('group', { name: 'Vaihe 1: Avaus ja tarkoitus' })).toBeVisible();
    expect(screen.getAllByRole('group', { name: /^Vaihe \d+:/ })).toHaveLength(12);
    expect(screen.getByText('Suunniteltu aika yhteensä: 3 h 35 min')).toBeVisible();
    expect(screen.getByRole('link', { name: 'Työskentelynäkymä: Arviointi' })).toHaveAttribute(
      'href',
      `/workshops/${workshop.id}/target/rate`,
    );
  });

  it('edits title, minutes, skip and notes in place, and shows planned clock times', async () => {
    const { workshop, user } = await openGeneratedAgenda();
    fireEvent.change(screen.getByLabelText('Planned start time'), { target: { value: '09:00' } });
    expect(
      await screen.findByText('Planned time in all: 3 h 35 min, from 09:00 to 12:35'),
    ).toBeVisible();

    const first = screen.getByRole('group', { name: 'Step 1: Opening and purpose' });
    const title = within(first).getByLabelText('Title');
    await user.clear(title);
    await user.type(title, 'Welcome');
    const minutes = within(first).getByLabelText('Minutes');
    await user.clear(minutes);
    await user.type(minutes, '30');
    await user.type(within(first).getByLabelText('Facilitator notes (only for you)'), 'Ask names');
    const second = screen.getByRole('group', { name: /^Step 2:/ });
    await user.click(within(second).getByRole('checkbox', { name: 'Skip' }));

    await waitFor(async () => {
      const [intro, feedback] = await listAgenda(workshop.id);
      expect(intro).toMatchObject({ title: 'Welcome', minutes: 30, notes: 'Ask names' });
      expect(feedback?.isSkipped).toBe(true);
    });
    // 215 + 15 more for the opening − 20 for the skipped feedback review.
    expect(
      await screen.findByText('Planned time in all: 3 h 30 min, from 09:00 to 12:30'),
    ).toBeVisible();
    const third = screen.getByRole('group', { name: /^Step 3:/ });
    expect(within(third).getByText('09:30')).toBeVisible();
    expect(within(second).getByText('Skipped')).toBeVisible();
  });

  it('reorders with the move buttons, adds a step of its own, and deletes with undo', async () => {
    const { workshop, user } = await openGeneratedAgenda();
    const first = screen.getByRole('group', { name: 'Step 1: Opening and purpose' });
    await user.click(within(first).getByRole('button', { name: /Move down/ }));
    expect(await screen.findByRole('group', { name: 'Step 2: Opening and purpose' })).toBeVisible();
    expect(steps().getAllByRole('group')[0]).toHaveAccessibleName(
      'Step 1: What customer feedback tells us',
    );

    await user.click(screen.getByRole('button', { name: 'Add step' }));
    expect(screen.getByText('Give the step a title.')).toBeVisible();
    await user.type(screen.getByLabelText('Title of the new step'), 'Coffee break');
    await user.click(screen.getByRole('button', { name: 'Add step' }));
    const coffee = await screen.findByRole('group', { name: 'Step 13: Coffee break' });
    expect(within(coffee).queryByRole('link')).toBeNull();

    await user.click(within(coffee).getByRole('button', { name: 'Delete step' }));
    await waitFor(() => expect(screen.queryByRole('group', { name: /Coffee break/ })).toBeNull());
    await user.click(await screen.findByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('group', { name: 'Step 13: Coffee break' })).toBeVisible();
    expect((await listAgenda(workshop.id)).map((step) => step.kind).slice(0, 2)).toEqual([
      'feedbackReview',
      'intro',
    ]);
  });

  it('runs a step: the timer starts, pauses and takes an extra minute', async () => {
    const { workshop, user } = await openGeneratedAgenda();
    const journey = screen.getByRole('group', { name: /Customer journey and critical moments$/ });
    await user.click(within(journey).getByRole('button', { name: 'Run this step' }));
    const timer = screen.getByRole('region', { name: 'Timer' });
    expect(
      await within(timer).findByText('Current step: Customer journey and critical moments'),
    ).toBeVisible();
    expect(within(journey).getByText('Running now')).toBeVisible();
    await user.click(within(timer).getByRole('button', { name: '+1 min' }));
    await user.click(within(timer).getByRole('button', { name: 'Pause' }));
    await waitFor(async () => {
      const stored = await getWorkshop(workshop.id);
      expect(stored?.timer).toMatchObject({ extraMinutes: 1, runningSince: null });
    });
    expect(await within(timer).findByText(/left of 31 min · Paused/)).toBeVisible();
  });

  it('counts "+1 min" and "Pause" pressed in a row, before the first is stored', async () => {
    const { workshop, user } = await openGeneratedAgenda();
    const journey = screen.getByRole('group', { name: /Customer journey and critical moments$/ });
    await user.click(within(journey).getByRole('button', { name: 'Run this step' }));
    const timer = screen.getByRole('region', { name: 'Timer' });
    await within(timer).findByRole('button', { name: 'Pause' });
    // Both presses land before the first write comes back through the live query.
    fireEvent.click(within(timer).getByRole('button', { name: '+1 min' }));
    fireEvent.click(within(timer).getByRole('button', { name: 'Pause' }));
    await waitFor(async () => {
      const stored = await getWorkshop(workshop.id);
      expect(stored?.timer).toMatchObject({ extraMinutes: 1, runningSince: null });
    });
    expect(await within(timer).findByText(/left of 31 min · Paused/)).toBeVisible();
  });
});
