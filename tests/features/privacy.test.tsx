import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAction, listActions } from '../../src/db/repositories/actions';
import { createEvidence, listEvidence } from '../../src/db/repositories/current-state';
import { setRedactionNames } from '../../src/db/repositories/redaction';
import { evidenceFields, givenWorkshop } from '../helpers/factories';
import { renderApp } from '../helpers/render-app';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('redaction screen', () => {
  it('shows each hit as literal text and replaces the chosen ones in the stored item', async () => {
    const workshop = await givenWorkshop();
    const text = '<b>Soita</b> 040 123 4567 tai kirjoita liisa@example.fi';
    const item = await createEvidence(workshop.id, evidenceFields({ text }));
    const { user } = renderApp(`/workshops/${workshop.id}/privacy`);
    expect(
      await screen.findByRole('heading', { name: 'Found: 2' }, { timeout: 5000 }),
    ).toBeVisible();
    // Markup in a text is shown as it is, never interpreted.
    expect(screen.getByText('<b>Soita</b>', { exact: false, selector: 'span' })).toBeVisible();
    expect(document.querySelector('b')).toBeNull();
    await user.selectOptions(
      screen.getByLabelText('Replace “liisa@example.fi” (e-mail) with'),
      'Keep as it is',
    );
    expect(
      screen.getByText('After: <b>Soita</b> [poistettu] tai kirjoita liisa@example.fi'),
    ).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Review and redact (1)' }));
    const dialog = screen.getByRole('dialog', { name: 'Redact personal data?' });
    await user.click(within(dialog).getByRole('button', { name: 'Redact' }));
    await waitFor(async () =>
      expect((await listEvidence(workshop.id))[0]?.text).toBe(
        '<b>Soita</b> [poistettu] tai kirjoita liisa@example.fi',
      ),
    );
    expect(item.id).toBeTruthy();
  });

  it('keeps the names the facilitator adds', async () => {
    const workshop = await givenWorkshop();
    await createEvidence(workshop.id, evidenceFields({ text: 'Kiitos Åsalle avusta' }));
    const { user } = renderApp(`/workshops/${workshop.id}/privacy`);
    expect(
      await screen.findByText(
        'No personal data found in the texts of this workshop.',
        {},
        { timeout: 5000 },
      ),
    ).toBeVisible();
    await user.type(screen.getByLabelText('Name'), 'Åsa');
    await user.selectOptions(screen.getByLabelText('Stands for'), 'a staff member');
    await user.click(screen.getByRole('button', { name: 'Add name' }));
    expect(await screen.findByRole('heading', { name: 'Found: 1' })).toBeVisible();
    expect(screen.getByLabelText('Replace “Åsalle” (name) with')).toHaveDisplayValue(
      '[työntekijä]',
    );
    expect(screen.getByRole('button', { name: 'Delete Åsa' })).toBeVisible();
  });
});

describe('CSV export with redaction', () => {
  it('redacts the exported copy only', async () => {
    const workshop = await givenWorkshop();
    await setRedactionNames(workshop.id, [{ id: 'n', name: 'Maija Äijälä', role: 'staff' }]);
    await createAction(workshop.id, { title: 'Soitto Maija Äijälälle 040 123 4567' });
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:test';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const { user } = renderApp(`/workshops/${workshop.id}/path`);
    await screen.findByRole('button', { name: 'Export actions (CSV)' }, { timeout: 5000 });
    await user.click(
      screen.getByLabelText(
        'Redact personal data in the exported file (stored data stays as it is)',
      ),
    );
    await user.click(screen.getByRole('button', { name: 'Export actions (CSV)' }));
    const csv = await blobs[0]!.text();
    expect(csv).toContain('Soitto [työntekijä] [poistettu]');
    expect(csv).not.toContain('Äijälä');
    expect((await listActions(workshop.id))[0]?.title).toBe('Soitto Maija Äijälälle 040 123 4567');
  });
});
