import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createSampleWorkshop } from '../../src/db/repositories/sample';
import { renderApp } from '../helpers/render-app';

const LAZY = { timeout: 5_000 };
const ACTIONS_SUMMARY = 'Status of the actions at this review';

describe('sample workshop follow-up', () => {
  it('shows the held review with its re-ratings and the trend since the workshop', async () => {
    const sample = await createSampleWorkshop('en');
    const { user } = renderApp(`/workshops/${sample.id}/path/follow-up`);
    expect(await screen.findByRole('heading', { name: 'Trend per principle' }, LAZY)).toBeVisible();
    // The radar shows the workshop, the latest review and the target, with its data as a table.
    expect(
      screen.getByRole('img', {
        name: 'The seven principles: at the workshop, at the latest review, and the target',
      }),
    ).toBeVisible();
    const radarTable = screen.getByRole('table', {
      name: 'Means at the workshop and at the latest review, and the target levels',
    });
    expect(
      within(radarTable)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['', expect.stringMatching(/^Latest review /), 'Target', 'Workshop']);
    const [held, planned] = screen.getAllByRole('checkbox', {
      name: 'Rate the principles again at this review',
    });
    // The re-ratings load after the first render; the held review still shows them.
    await expect.poll(() => held?.matches(':checked')).toBe(true);
    expect(planned).not.toBeChecked();
    // The held review re-rated the staff experience too.
    const [heldStaff, plannedStaff] = screen.getAllByRole('checkbox', {
      name: 'Rate the staff experience again at this review',
    });
    await expect.poll(() => heldStaff?.matches(':checked')).toBe(true);
    expect(plannedStaff).not.toBeChecked();
    // The notes on actions are folded away until the review's action list is opened.
    const [heldActions] = screen.getAllByText(ACTIONS_SUMMARY);
    await user.click(heldActions!);
    const [heldNote] = await screen.findAllByRole('textbox', {
      name: /Note on Tell guests about the queue/,
    });
    expect(heldNote).toHaveValue('Screen in use on Fridays; Sundays next.');
    // The held review's re-ratings are folded away under their count, and open on request.
    await user.click(screen.getByText(/^Principle ratings at this review \(given: \d+\)$/));
    expect(
      (await screen.findAllByRole('group', { name: 'Genuine encounter' })).length,
    ).toBeGreaterThan(0);
  });
});
