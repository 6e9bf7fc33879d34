import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { importEvidenceRows } from '../../src/db/repositories/evidence-import';
import { listTouchpoints } from '../../src/db/repositories/journey';
import { givenWorkshop } from '../helpers/factories';
import { renderApp } from '../helpers/render-app';

const row = (text: string, touchpointName: string) => ({
  text,
  kind: 'feedback' as const,
  tone: 'complaint' as const,
  channel: '',
  touchpointName,
  segmentName: '',
  date: '',
  tags: [],
});

describe('journey templates after a CSV import', () => {
  it('are still offered, and an imported touchpoint moves into a template stage', async () => {
    const workshop = await givenWorkshop();
    await importEvidenceRows(workshop.id, [row('Jono oli pitkä', 'Kassa')], 'Imported touchpoints');
    const { user } = renderApp(`/workshops/${workshop.id}/current/journey`);

    const templates = await screen.findByRole('heading', { name: 'Start from a template' });
    const card = templates.closest('section')!;
    expect(card).toHaveTextContent('None of the stages comes from a template');
    await user.click(within(card).getAllByRole('button', { name: 'Use this journey' })[1]!);
    await waitFor(() =>
      expect(screen.queryByRole('heading', { name: 'Start from a template' })).toBeNull(),
    );

    const kassa = screen.getByRole('listitem', { name: 'Kassa' });
    await user.selectOptions(within(kassa).getByLabelText('Stage'), 'Ostaminen ja palvelu');
    await waitFor(async () => {
      const moved = (await listTouchpoints(workshop.id)).find((tp) => tp.name === 'Kassa');
      const stage = screen.getByRole('textbox', { name: 'Stage 3 name' });
      expect(stage).toHaveValue('Ostaminen ja palvelu');
      expect(moved?.order).toBe(2);
    });
    const stageColumn = screen.getByRole('textbox', { name: 'Stage 3 name' }).closest('li')!;
    expect(await within(stageColumn).findByRole('listitem', { name: 'Kassa' })).toBeVisible();
  });
});
