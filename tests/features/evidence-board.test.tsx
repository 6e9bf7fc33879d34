import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createEvidence, createTheme, listEvidence } from '../../src/db/repositories/current-state';
import { getWorkshop } from '../../src/db/repositories/workshops';
import { evidenceFields, givenWorkshop } from '../helpers/factories';
import { renderApp } from '../helpers/render-app';

describe('evidence board', () => {
  it('adds items by keyboard one after another, keeping kind and tone', async () => {
    const workshop = await givenWorkshop();
    const { user } = renderApp(`/workshops/${workshop.id}/current/evidence`);
    const text = await screen.findByLabelText('What was said or observed');
    await user.selectOptions(screen.getAllByLabelText('Tone')[0]!, 'praise');
    await user.type(text, 'Ihana henkilökunta{Enter}');
    await user.type(text, 'Hyvä aamiainen{Enter}');
    await waitFor(async () => expect(await listEvidence(workshop.id)).toHaveLength(2));
    const stored = await listEvidence(workshop.id);
    expect(stored.every((item) => item.tone === 'praise')).toBe(true);
    expect(text).toHaveValue('');
    expect(text).toHaveFocus();
    expect(await screen.findByRole('listitem', { name: 'Evidence 2' })).toBeVisible();
  });

  it('refuses an empty item with a message', async () => {
    const workshop = await givenWorkshop();
    const { user } = renderApp(`/workshops/${workshop.id}/current/evidence`);
    await user.click(await screen.findByRole('button', { name: 'Add evidence' }));
    expect(screen.getByLabelText('What was said or observed')).toHaveAccessibleDescription(
      /Write what was said or observed./,
    );
  });

  it('filters by search, groups selected items into a theme, and deletes with undo', async () => {
    const workshop = await givenWorkshop();
    await createEvidence(workshop.id, evidenceFields({ text: 'Jono vastaanotossa' }));
    await createEvidence(workshop.id, evidenceFields({ text: 'Kylmä kahvi' }));
    const theme = await createTheme(workshop.id, { name: 'Odottaminen', order: 0 });
    const { user } = renderApp(`/workshops/${workshop.id}/current/evidence`);

    await user.type(await screen.findByLabelText('Search'), 'jono');
    await waitFor(() => expect(screen.getByText('1 of 2 items')).toBeVisible());
    await user.click(screen.getByRole('checkbox', { name: 'Select evidence 1' }));
    await user.selectOptions(screen.getByLabelText('Assign 1 selected to'), theme.id);
    await user.click(screen.getByRole('button', { name: 'Assign' }));
    await waitFor(async () => {
      const items = await listEvidence(workshop.id);
      expect(items.find((item) => item.text === 'Jono vastaanotossa')?.themeId).toBe(theme.id);
    });
    await user.click(screen.getByRole('link', { name: /^Themes/ }));
    expect(await screen.findByText('praise 0 · complaints 1 · total 1')).toBeVisible();
    await user.click(screen.getByRole('link', { name: /^Evidence items/ }));

    await user.click(await screen.findByRole('button', { name: 'Delete evidence 1' }));
    await waitFor(async () => expect(await listEvidence(workshop.id)).toHaveLength(1));
    await user.click(await screen.findByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect(await listEvidence(workshop.id)).toHaveLength(2));
  });

  it('pins an item to the summary as a weakness', async () => {
    const workshop = await givenWorkshop();
    await createEvidence(workshop.id, evidenceFields({ text: 'Laskussa virheitä' }));
    const { user } = renderApp(`/workshops/${workshop.id}/current/evidence`);
    const row = await screen.findByRole('listitem', { name: 'Evidence 1' });
    await user.click(within(row).getByRole('button', { name: 'as a weakness' }));
    await waitFor(async () =>
      expect((await getWorkshop(workshop.id))?.weaknesses.map((w) => w.text)).toEqual([
        'Laskussa virheitä',
      ]),
    );
  });

  it('opens the items of a heatmap cell in the list, filtered', async () => {
    const workshop = await givenWorkshop();
    await createEvidence(workshop.id, evidenceFields({ text: 'Jono', tone: 'complaint' }));
    await createEvidence(workshop.id, evidenceFields({ text: 'Kiitos', tone: 'praise' }));
    const { user } = renderApp(`/workshops/${workshop.id}/current/evidence?view=heatmaps`);
    const views = await screen.findByRole('navigation', { name: 'Views of the evidence' });
    expect(within(views).getByRole('link', { name: 'Tone heatmaps' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    const cells = await screen.findAllByRole('button', { name: /^1 × Complaint at / });
    await user.click(cells[0]!);
    await waitFor(() => expect(screen.getByText('1 of 2 items')).toBeVisible());
    expect(within(views).getByRole('link', { name: /^Evidence items/ })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(screen.getByDisplayValue('Jono')).toBeVisible();
  });
});
