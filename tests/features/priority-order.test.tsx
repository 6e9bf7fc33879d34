import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createAction, listActions } from '../../src/db/repositories/actions';
import { createParticipant, setRating } from '../../src/db/repositories/assessment';
import { updateWorkshop } from '../../src/db/repositories/workshops';
import { givenWorkshop } from '../helpers/factories';
import { renderApp } from '../helpers/render-app';

/** Smoothness rated 2 with target 4 and importance 5; Communication 3 → 4, importance 3. */
async function givenRatedWorkshop() {
  const workshop = await givenWorkshop();
  const rater = await createParticipant(workshop.id, { name: 'Aino', group: '' });
  await setRating(
    { workshopId: workshop.id, participantId: rater.id, principleId: 'smoothness' },
    2,
  );
  await setRating(
    { workshopId: workshop.id, participantId: rater.id, principleId: 'communication' },
    3,
  );
  await updateWorkshop(workshop.id, {
    targetLevels: { smoothness: 4, communication: 4 },
    principleImportance: { smoothness: 5, communication: 3 },
  });
  return workshop;
}

describe('priority order', () => {
  it('ranks by the gaps an action addresses and its impact, and says why', async () => {
    const workshop = await givenRatedWorkshop();
    await createAction(workshop.id, { title: 'Kahvihetki', impact: 5, effort: 1 });
    await createAction(workshop.id, {
      title: 'Tiedote',
      impact: 4,
      effort: 2,
      addresses: ['communication'],
    });
    await createAction(workshop.id, {
      title: 'Jonotiedote',
      impact: 4,
      effort: 2,
      addresses: ['smoothness'],
    });
    const { user } = renderApp(`/workshops/${workshop.id}/path/prioritise`);

    const order = await screen.findByRole('region', { name: 'Priority order' });
    const items = await within(order).findAllByRole('listitem');
    expect(items.map((item) => item.textContent?.split('Why here')[0])).toEqual([
      'Jonotiedote',
      'Tiedote',
      'Kahvihetki',
    ]);
    expect(items[0]).toHaveTextContent(
      'Why here: Addresses the largest gap (Smoothness: 2.0 × importance 5); high impact; low effort',
    );
    expect(items[1]).toHaveTextContent(
      'Why here: Addresses gap no. 2 (Communication: 1.0 × importance 3); high impact; low effort',
    );
    expect(items[2]).toHaveTextContent('Why here: Not linked to a gap; high impact; low effort');

    await user.click(within(order).getByRole('button', { name: 'Apply this order' }));
    await waitFor(async () =>
      expect((await listActions(workshop.id)).map((action) => action.title)).toEqual([
        'Jonotiedote',
        'Tiedote',
        'Kahvihetki',
      ]),
    );
  });

  it('gives the reasons in Finnish', async () => {
    const workshop = await givenRatedWorkshop();
    await createAction(workshop.id, { title: 'Jonotiedote', impact: 2, addresses: ['smoothness'] });
    renderApp(`/workshops/${workshop.id}/path/prioritise`, { language: 'fi' });
    const order = await screen.findByRole('region', { name: 'Tärkeysjärjestys' });
    expect(
      await within(order).findByText(
        'Miksi tässä: Vastaa suurimpaan eroon (Sujuvuus: 2,0 × tärkeys 5); pieni vaikuttavuus; työmäärää ei arvioitu',
      ),
    ).toBeVisible();
  });
});
