import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createEvidence, createStage, listEvidence } from '../../src/db/repositories/current-state';
import { createTouchpoint } from '../../src/db/repositories/journey';
import { evidenceFields, givenWorkshop } from '../helpers/factories';
import { renderApp } from '../helpers/render-app';

const stored = async (workshopId: string, text: string) =>
  (await listEvidence(workshopId)).find((item) => item.text === text)!;

describe('principle suggestions on the evidence board', () => {
  it('accepts one suggestion and rejects another from the row', async () => {
    const workshop = await givenWorkshop();
    const text = 'Jonossa meni tunti, eikä kukaan kertonut syytä.';
    await createEvidence(workshop.id, evidenceFields({ text }));
    const { user } = renderApp(`/workshops/${workshop.id}/current/evidence`);
    const row = await screen.findByRole('listitem', { name: 'Evidence 1' }, { timeout: 5000 });

    // Suggestions are worked out after the row first shows.
    await user.click(
      await within(row).findByRole('button', { name: 'Accept Smoothness for item 1' }),
    );
    await waitFor(async () =>
      expect((await stored(workshop.id, text)).principleIds).toEqual(['smoothness']),
    );
    await user.click(within(row).getByRole('button', { name: 'Reject Communication for item 1' }));
    await waitFor(async () =>
      expect((await stored(workshop.id, text)).rejectedPrincipleIds).toEqual(['communication']),
    );
    // The row follows the stored item through a live query: wait for it to catch up.
    expect(
      await within(row).findByRole('button', { name: 'Remove principle Smoothness from item 1' }),
    ).toBeVisible();
    await waitFor(() => expect(within(row).queryByRole('button', { name: /^Accept/ })).toBeNull());
    // Nothing is left to decide: the list no longer points to suggestions.
    await waitFor(() => expect(screen.queryByText(/principle suggestions to decide/)).toBeNull());
  });

  it('tags a principle by hand', async () => {
    const workshop = await givenWorkshop();
    await createEvidence(workshop.id, evidenceFields({ text: 'Hyvä päivä' }));
    const { user } = renderApp(`/workshops/${workshop.id}/current/evidence`);
    const row = await screen.findByRole('listitem', { name: 'Evidence 1' }, { timeout: 5000 });
    await user.selectOptions(within(row).getByLabelText('Add principle'), 'responsibility');
    await waitFor(async () =>
      expect((await stored(workshop.id, 'Hyvä päivä')).principleIds).toEqual(['responsibility']),
    );
  });

  it('accepts all suggestions for the items in the filtered view only, with undo', async () => {
    const workshop = await givenWorkshop();
    await createEvidence(workshop.id, evidenceFields({ text: 'Juna myöhästyi.' }));
    await createEvidence(workshop.id, evidenceFields({ text: 'Juna oli tyly.' }));
    await createEvidence(workshop.id, evidenceFields({ text: 'Nobody told us.' }));
    const { user } = renderApp(`/workshops/${workshop.id}/current/evidence`);
    await user.type(await screen.findByLabelText('Search', {}, { timeout: 5000 }), 'juna');
    // The list points to the suggestions of its view.
    await screen.findByText(/principle suggestions to decide: 2\./);
    await user.click(screen.getByRole('link', { name: 'Review the suggestions' }));
    const panel = await screen.findByRole('region', { name: 'Principle suggestions' });
    await waitFor(() =>
      expect(
        within(panel).getByText('Open suggestions: 2, on 2 of the 2 items in this view.'),
      ).toBeVisible(),
    );

    await user.click(
      within(panel).getByRole('button', {
        name: 'Accept all suggestions for the items in view (2)',
      }),
    );
    await waitFor(async () =>
      expect((await stored(workshop.id, 'Juna oli tyly.')).principleIds).toEqual([
        'genuineEncounter',
      ]),
    );
    expect((await stored(workshop.id, 'Juna myöhästyi.')).principleIds).toEqual(['smoothness']);
    expect((await stored(workshop.id, 'Nobody told us.')).principleIds).toEqual([]);
    expect(await screen.findByText('Principle tags accepted: 2.')).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(async () =>
      expect((await stored(workshop.id, 'Juna myöhästyi.')).principleIds).toEqual([]),
    );
  });

  it('opens the items behind a matrix cell', async () => {
    const workshop = await givenWorkshop();
    const stage = await createStage(workshop.id, { name: 'Saapuminen', order: 0 });
    const desk = await createTouchpoint(workshop.id, stage.id, 'Vastaanotto');
    const tagged = { touchpointId: desk.id, principleIds: ['smoothness' as const] };
    await createEvidence(
      workshop.id,
      evidenceFields({ text: 'Jono oli pitkä', tone: 'complaint', ...tagged }),
    );
    await createEvidence(
      workshop.id,
      evidenceFields({ text: 'Sujui hienosti', tone: 'praise', ...tagged }),
    );
    await createEvidence(workshop.id, evidenceFields({ text: 'Muu moite' }));
    const { user } = renderApp(`/workshops/${workshop.id}/current/evidence?view=principles`);
    const matrix = await screen.findByRole(
      'table',
      { name: /Praise \(\+\) and complaints/ },
      { timeout: 5000 },
    );
    // The table can show before the evidence has been read: wait for the cell's button.
    await user.click(
      await within(matrix).findByRole('button', {
        name: 'Complaints: 1, Smoothness at Vastaanotto: show',
      }),
    );
    await waitFor(() => expect(screen.getByText('1 of 3 items')).toBeVisible());
    expect(screen.getByDisplayValue('Jono oli pitkä')).toBeVisible();
    expect(screen.getByLabelText('Principle', { selector: 'select' })).toHaveValue('smoothness');
  });
});
