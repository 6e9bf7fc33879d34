import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createParticipant } from '../../src/db/repositories/assessment';
import { createEvidence } from '../../src/db/repositories/current-state';
import type { PrincipleId } from '../../src/domain/principles';
import type { Tone } from '../../src/domain/types';
import { evidenceFields, givenWorkshop } from '../helpers/factories';
import { renderApp } from '../helpers/render-app';

async function tagged(workshopId: string, text: string, tone: Tone, ids: PrincipleId[]) {
  await createEvidence(workshopId, evidenceFields({ text, tone, principleIds: ids }));
}

describe('evidence beside the principle on the rating screen', () => {
  it('counts praise for and complaints against, with at most three examples', async () => {
    const workshop = await givenWorkshop();
    await createParticipant(workshop.id, { name: 'Johtaja', group: '', order: 0 });
    await tagged(workshop.id, 'Hymy ovella', 'praise', ['genuineEncounter']);
    for (const n of [1, 2, 3, 4]) {
      await tagged(workshop.id, `Tyly vastaus ${n}`, 'complaint', ['genuineEncounter']);
    }
    await tagged(workshop.id, 'Ei kysytty', 'complaint', ['recognisingNeeds']);
    await tagged(workshop.id, 'Neutraali', 'neutral', ['genuineEncounter']);
    const { user } = renderApp(`/workshops/${workshop.id}/target/rate`);

    const summary = await screen.findByText('Evidence: 1 for, 4 against', {}, { timeout: 5000 });
    const details = summary.closest('details')!;
    expect(details).not.toHaveAttribute('open');
    await user.click(summary);
    expect(details).toHaveAttribute('open');
    const against = within(details).getByRole('heading', { name: 'Against: complaints (4)' });
    const list = within(against.parentElement!).getByRole('list');
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toHaveLength(4);
    expect(within(list).getByText('…and more: 1')).toBeVisible();
    expect(within(details).getByText('Hymy ovella')).toBeVisible();
    expect(within(details).queryByText('Ei kysytty')).toBeNull();
    expect(within(details).queryByText('Neutraali')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Next principle →' }));
    expect(await screen.findByText('Evidence: 0 for, 1 against')).toBeVisible();
  });

  it('shows the evidence beside each principle when one person rates all seven', async () => {
    const workshop = await givenWorkshop();
    await createParticipant(workshop.id, { name: 'Johtaja', group: '', order: 0 });
    await tagged(workshop.id, 'Selkeät ohjeet', 'praise', ['communication']);
    const { user } = renderApp(`/workshops/${workshop.id}/target/rate`);
    await user.click(
      await screen.findByRole('radio', { name: 'One participant, all seven' }, { timeout: 5000 }),
    );
    expect(screen.getAllByText(/^Evidence: \d+ for, \d+ against/)).toHaveLength(7);
    expect(screen.getByText('Evidence: 1 for, 0 against')).toBeVisible();
  });
});
