import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createEvidence, updateEvidence } from '../../src/db/repositories/current-state';
import { importEvidenceRows } from '../../src/db/repositories/evidence-import';
import type { ImportedRow } from '../../src/domain/csv-import';
import type { Tone } from '../../src/domain/types';
import { useUiStore } from '../../src/stores/ui-store';
import { evidenceFields, givenWorkshop } from '../helpers/factories';
import { renderApp } from '../helpers/render-app';

/** A board of praise and complaints; its first page shows 20 items. */
async function givenBoard({ praise, complaints }: { praise: number; complaints: number }) {
  const workshop = await givenWorkshop();
  const count = praise + complaints;
  const rows: ImportedRow[] = Array.from({ length: count }, (_, i) => ({
    text: `Palaute ${i + 1}`,
    kind: 'feedback',
    tone: (i < praise ? 'praise' : 'complaint') satisfies Tone,
    channel: '',
    touchpointName: '',
    segmentName: '',
    date: '',
    tags: [],
  }));
  await importEvidenceRows(workshop.id, rows, 'Tuodut');
  const view = renderApp(`/workshops/${workshop.id}/current/evidence`);
  await screen.findByText(`${count} of ${count} items`);
  return { workshop, ...view };
}

// Queries stay inside the list's region: the whole board is too large to search quickly.
const itemsRegion = (name = 'Evidence items') => screen.getByRole('region', { name });
const shownRows = (region: HTMLElement) => within(region).getAllByRole('listitem');

/** Notes whether `text` is ever on the page from now on, however briefly. */
function watchFor(text: string) {
  let hasAppeared = false;
  const observer = new MutationObserver(() => {
    hasAppeared ||= document.body.textContent?.includes(text) ?? false;
  });
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  return {
    hasAppeared: () => hasAppeared,
    stop: () => observer.disconnect(),
  };
}

describe('evidence board paging', () => {
  it('keeps the page shown while the items refresh and the screen re-renders, without "Loading…"', async () => {
    const { workshop, user } = await givenBoard({ praise: 20, complaints: 5 });
    const loading = watchFor('Loading…');
    const region = itemsRegion();
    expect(shownRows(region)).toHaveLength(20);
    await user.click(within(region).getByRole('button', { name: 'Show 5 more' }));
    expect(shownRows(region)).toHaveLength(25);

    // Someone adds an item and edits another: the live query answers again, twice.
    const added = await createEvidence(workshop.id, evidenceFields({ text: 'Uusi' }));
    await within(region).findByText('26 of 26 items');
    await updateEvidence(added.id, { text: 'Uusi, korjattu' });
    await within(region).findByDisplayValue('Uusi, korjattu');
    expect(shownRows(region)).toHaveLength(26);

    // A change of language re-renders the whole screen.
    await act(() => useUiStore.setState({ language: 'fi' }));
    await within(region).findByText('Havaintoja 26 / 26');
    expect(shownRows(itemsRegion('Havaintoluettelo'))).toHaveLength(26);
    expect(loading.hasAppeared()).toBe(false);
    loading.stop();
  });

  it('starts again from the first page when the filter changes', async () => {
    const { user } = await givenBoard({ praise: 21, complaints: 1 });
    const tone = within(screen.getByRole('group', { name: 'Filter the evidence' })).getByLabelText(
      'Tone',
    );
    const region = itemsRegion();
    await user.click(within(region).getByRole('button', { name: 'Show 2 more' }));
    expect(shownRows(region)).toHaveLength(22);

    await user.selectOptions(tone, 'praise');
    await within(region).findByText('21 of 22 items');
    expect(shownRows(region)).toHaveLength(20);
    await user.click(within(region).getByRole('button', { name: 'Show 1 more' }));
    expect(shownRows(region)).toHaveLength(21);
  });
});
