import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { listParticipants } from '../../src/db/repositories/assessment';
import { listStages } from '../../src/db/repositories/current-state';
import { WIZARD_STEPS } from '../../src/features/wizard/steps';
import { givenWorkshop } from '../helpers/factories';
import { renderApp } from '../helpers/render-app';

const LAZY = { timeout: 5_000 };

describe('texts written into a workshop', () => {
  it('follow the workshop’s language, not the screen’s, in the self-assessment', async () => {
    const workshop = await givenWorkshop({ mode: 'self', facilitator: '', language: 'fi' });
    const { user } = renderApp(`/workshops/${workshop.id}/self-assessment/moments`);
    await user.type(await screen.findByLabelText('New moment', {}, LAZY), 'Ajanvaraus');
    await user.click(screen.getByRole('button', { name: 'Add moment' }));
    expect(await screen.findByRole('heading', { name: 'Asiakaspolku' })).toBeVisible();
    const stages = await listStages(workshop.id);
    expect(stages.map((stage) => stage.name)).toEqual(['Asiakaspolku']);

    await user.click(screen.getByRole('link', { name: /Rate today/ }));
    await waitFor(async () =>
      expect((await listParticipants(workshop.id)).map((p) => p.name)).toEqual(['Minä']),
    );
  });
});

describe('method guide', () => {
  it('lists one line for every step of the self-assessment wizard', async () => {
    renderApp('/guide');
    const intro = await screen.findByText(/guides you in \d+ short steps/, {}, LAZY);
    expect(intro).toHaveTextContent(`guides you in ${WIZARD_STEPS.length} short steps`);
    const steps = screen
      .getAllByRole('list')
      .find((list) => within(list).queryByText(/^Your organisation:/));
    expect(within(steps!).getAllByRole('listitem')).toHaveLength(WIZARD_STEPS.length);
  });
});
