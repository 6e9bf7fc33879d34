import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createAction, listActions } from '../../src/db/repositories/actions';
import { listSegments, listStages } from '../../src/db/repositories/current-state';
import { listTouchpoints } from '../../src/db/repositories/journey';
import { listWorkshops } from '../../src/db/repositories/workshops';
import { givenWorkshop } from '../helpers/factories';
import { renderApp } from '../helpers/render-app';

/** Lazily loaded screens fetch their chunk first, which takes a while on a busy machine. */
const LAZY = { timeout: 5_000 };

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

  it('creates a self-assessment and opens the wizard at its first step', async () => {
    const { user, router } = renderApp('/workshops/new');
    await user.type(await screen.findByLabelText(/^Organisation/), 'Pikku Kahvila Oy');
    await user.type(screen.getByLabelText(/^Workshop title/), 'Kevään työpaja');
    await user.type(screen.getByLabelText('Facilitator'), 'Maija');
    await user.click(screen.getByRole('radio', { name: 'Self-assessment' }));
    await user.click(screen.getByRole('radio', { name: 'English' }));
    await user.click(screen.getByRole('button', { name: 'Create workshop' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Your organisation' }, LAZY),
    ).toBeVisible();
    expect(screen.getByText('Self-assessment · Step 1 of 10')).toBeVisible();
    const [workshop] = await listWorkshops();
    expect(workshop).toMatchObject({
      organisation: 'Pikku Kahvila Oy',
      title: 'Kevään työpaja',
      facilitator: 'Maija',
      mode: 'self',
      language: 'en',
    });
    expect(router.state.location.pathname).toBe(
      `/workshops/${workshop?.id}/self-assessment/organisation`,
    );
  });

  it('starts from a sector template: its journey stages, touchpoints and segments are created', async () => {
    const { user, router } = renderApp('/workshops/new');
    await user.type(await screen.findByLabelText(/^Organisation/), 'Kirjasto');
    await user.type(screen.getByLabelText(/^Workshop title/), 'Asiakaskokemus');
    await user.click(screen.getByRole('radio', { name: 'Finnish' }));
    await user.click(screen.getByRole('radio', { name: 'From a sector template' }));
    // Template names follow the workshop's content language.
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Sector template' }),
      'Julkiset ja kunnalliset palvelut',
    );
    expect(
      screen.getByText(/Proposes journey stages: 4, customer segments: 3, action ideas: 4/),
    ).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Create workshop' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Current state' }, LAZY),
    ).toBeVisible();

    const [workshop] = await listWorkshops();
    expect(workshop?.templateId).toBe('publicServices');
    expect(router.state.location.pathname).toBe(`/workshops/${workshop?.id}/current`);
    const stages = (await listStages(workshop!.id)).sort((a, b) => a.order - b.order);
    expect(stages.map((stage) => stage.name)).toEqual([
      'Oikean palvelun löytäminen',
      'Hakeminen tai varaaminen',
      'Asian käsittely',
      'Päätös ja sen jälkeen',
    ]);
    const touchpoints = await listTouchpoints(workshop!.id);
    expect(touchpoints).toHaveLength(8);
    expect(touchpoints.every((tp) => stages.some((stage) => stage.id === tp.stageId))).toBe(true);
    expect((await listSegments(workshop!.id)).map((s) => s.name)).toContain('Asukkaat');
  });

  it('starts a re-assessment from an earlier workshop: a copy with the new details', async () => {
    const earlier = await givenWorkshop({ organisation: 'Kahvila Oy', title: 'Syksy 2025' });
    await createAction(earlier.id, { title: 'Tervehditään jokainen asiakas' });
    const { user } = renderApp('/workshops/new');
    await user.type(await screen.findByLabelText(/^Organisation/), 'Kahvila Oy');
    await user.type(screen.getByLabelText(/^Workshop title/), 'Syksy 2026');
    await user.click(
      screen.getByRole('radio', { name: 'From an earlier workshop (re-assessment)' }),
    );
    expect(screen.getByRole('combobox', { name: 'Earlier workshop' })).toHaveValue(earlier.id);
    await user.click(screen.getByRole('button', { name: 'Create workshop' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Current state' }, LAZY),
    ).toBeVisible();

    const workshops = await listWorkshops();
    expect(workshops.map((w) => w.title).sort()).toEqual(['Syksy 2025', 'Syksy 2026']);
    const copy = workshops.find((w) => w.title === 'Syksy 2026')!;
    expect((await listActions(copy.id)).map((a) => a.title)).toEqual([
      'Tervehditään jokainen asiakas',
    ]);
  });
});
