import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { createPromise, listPromises } from '../../src/db/repositories/assessment';
import type { PrincipleId } from '../../src/domain/principles';
import type { CustomerPromise } from '../../src/domain/types';
import { PromiseCard } from '../../src/features/target-state/promise-card';
import { loadFeatureMessages } from '../../src/i18n';
import { givenWorkshop } from '../helpers/factories';

beforeAll(() => loadFeatureMessages());

async function givenPromiseCard() {
  const workshop = await givenWorkshop();
  const promise = await createPromise(workshop.id, {
    text: 'Vastaamme viesteihin päivässä.',
    principleIds: [],
  });
  const user = userEvent.setup();
  const view = render(
    <ul>
      <PromiseCard promise={promise} number={1} />
    </ul>,
  );
  // What the live query hands the card on each answer: a fresh copy of the stored record.
  const refresh = (changes: Partial<CustomerPromise>) =>
    view.rerender(
      <ul>
        <PromiseCard promise={{ ...promise, ...changes }} number={1} />
      </ul>,
    );
  const box = (name: string) =>
    within(screen.getByRole('group', { name: 'Principles it serves' })).getByRole('checkbox', {
      name,
    });
  /** Resolves once the stored promise holds these principles (our write has landed). */
  const stored = (...principleIds: PrincipleId[]) =>
    waitFor(async () =>
      expect((await listPromises(workshop.id))[0]?.principleIds).toEqual(principleIds),
    );
  return { user, refresh, box, stored };
}

const ids = (...list: PrincipleId[]) => list;

describe('a choice shown before its write comes back', () => {
  it('stays ticked when the record refreshes for another reason with the old choice', async () => {
    const { user, refresh, box } = await givenPromiseCard();
    await user.click(box('Communication'));
    expect(box('Communication')).toBeChecked();
    // The text saved beside it lands first: same principles as before the click, new arrays.
    refresh({ text: 'Vastaamme viesteihin työpäivässä.', principleIds: ids() });
    expect(box('Communication')).toBeChecked();
    refresh({ principleIds: ids('communication') });
    expect(box('Communication')).toBeChecked();
  });

  it('keeps both of two quick clicks while the first write comes back', async () => {
    const { user, refresh, box } = await givenPromiseCard();
    await user.click(box('Communication'));
    await user.click(box('Smoothness'));
    refresh({ principleIds: ids('communication') });
    expect(box('Smoothness')).toBeChecked();
    await user.click(box('Responsibility'));
    refresh({ principleIds: ids('communication', 'smoothness') });
    refresh({ principleIds: ids('communication', 'smoothness', 'responsibility') });
    for (const name of ['Communication', 'Smoothness', 'Responsibility'])
      expect(box(name)).toBeChecked();
  });

  it('gives way to a change made elsewhere', async () => {
    const { user, refresh, box, stored } = await givenPromiseCard();
    await user.click(box('Communication'));
    // Once our write has landed, another tab stores something else. (While ours is still on
    // its way the choice stays: it lands after the other tab's and wins.)
    await stored('communication');
    refresh({ principleIds: ids('genuineEncounter') });
    expect(box('Genuine encounter')).toBeChecked();
    expect(box('Communication')).not.toBeChecked();
  });
});
