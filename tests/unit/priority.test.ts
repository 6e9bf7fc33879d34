import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { GapEntry } from '../../src/domain/assessment-stats';
import { rankActions } from '../../src/domain/priority';
import type { Action, Score, Touchpoint, Vote } from '../../src/domain/types';
import { createTranslator, registerMessages } from '../../src/i18n';
import { featureMessageModules } from '../../src/i18n/feature-messages';
import { priorityReason } from '../../src/lib/priority-reason';

// Every screen's messages, as the app has them once its screens have loaded.
registerMessages(featureMessageModules);

const action = (id: string, overrides: Partial<Action> = {}): Action =>
  ({
    id,
    title: id,
    order: 0,
    impact: null,
    effort: null,
    addresses: [],
    ...overrides,
  }) as Action;

const gap = (id: string, current: number, target: Score, importance: number): GapEntry => ({
  kind: id.startsWith('tp') ? 'moment' : 'principle',
  id,
  current,
  target,
  gap: target - current,
  importance,
  priority: (target - current) * importance,
});

/** As the gap list ranks them: Smoothness 10, the check-in moment 6, Communication 4. */
const GAPS = [
  gap('smoothness', 2, 4, 5),
  gap('tp-checkin', 2, 4, 3),
  gap('communication', 3, 4, 4),
];
const dots = (actionId: string, count: number): Vote =>
  ({ actionId, participantId: 'p', dots: count }) as Vote;
const ids = (priorities: ReturnType<typeof rankActions>) => priorities.map((p) => p.action.id);

describe('suggested order', () => {
  it('puts the weight of the gaps times impact before the dots', () => {
    const ranked = rankActions(
      [
        action('popular', { order: 0, impact: 5, effort: 1 }),
        action('small gap', { order: 1, impact: 5, addresses: ['communication'] }),
        action('largest gap', { order: 2, impact: 4, addresses: ['smoothness'] }),
      ],
      GAPS,
      [dots('popular', 9), dots('small gap', 3)],
    );
    expect(ids(ranked)).toEqual(['largest gap', 'small gap', 'popular']);
    expect(ranked.map((p) => p.score)).toEqual([40, 20, 0]);
  });

  it('adds up the gaps an action addresses, each once, and ignores what is not on the list', () => {
    const [both] = rankActions(
      [
        action('both', {
          impact: 3,
          addresses: ['smoothness', 'communication', 'smoothness', 'x'],
        }),
      ],
      GAPS,
      [],
    );
    expect(both?.gapWeight).toBe(14);
    expect(both?.gaps.map((g) => g.rank)).toEqual([1, 3]);
    expect(both?.score).toBe(42);
  });

  it('counts an unrated impact as the middle of the scale', () => {
    const ranked = rankActions(
      [
        action('rated low', { impact: 2, addresses: ['smoothness'] }),
        action('unrated', { impact: null, addresses: ['smoothness'] }),
      ],
      GAPS,
      [],
    );
    expect(ids(ranked)).toEqual(['unrated', 'rated low']);
  });

  it('breaks ties by impact, then lower effort, then dots, then the current order', () => {
    const ranked = rankActions(
      [
        action('later', { order: 5, impact: 3, effort: 2 }),
        action('voted', { order: 4, impact: 3, effort: 2 }),
        action('hard', { order: 3, impact: 3, effort: 5 }),
        action('effective', { order: 2, impact: 5, effort: 5 }),
        action('first', { order: 1, impact: 3, effort: 2 }),
      ],
      GAPS,
      [dots('voted', 2)],
    );
    expect(ids(ranked)).toEqual(['effective', 'voted', 'first', 'later', 'hard']);
  });

  it('never ranks an action below one with a smaller score', () => {
    const score = fc.constantFrom<Score>(1, 2, 3, 4, 5);
    const actionArb = fc.record({
      impact: fc.option(score, { nil: null }),
      effort: fc.option(score, { nil: null }),
      addresses: fc.subarray(['smoothness', 'tp-checkin', 'communication', 'theme']),
    });
    fc.assert(
      fc.property(fc.array(actionArb, { maxLength: 8 }), (fields) => {
        const actions = fields.map((f, index) => action(`a${index}`, { ...f, order: index }));
        const ranked = rankActions(actions, GAPS, []);
        expect(ranked).toHaveLength(actions.length);
        for (let i = 1; i < ranked.length; i += 1)
          expect(ranked[i - 1]!.score).toBeGreaterThanOrEqual(ranked[i]!.score - 1e-9);
      }),
    );
  });
});

describe('why an action is where it is', () => {
  const touchpoints = [{ id: 'tp-checkin', name: 'Vastaanotto' }] as Touchpoint[];
  const reason = (language: 'fi' | 'en', fields: Partial<Action>, votes: Vote[] = []) => {
    const [priority] = rankActions([action('a', fields)], GAPS, votes);
    return priorityReason(priority!, createTranslator(language), language, touchpoints);
  };

  it('names the largest gap with its size and importance, the impact, effort and dots', () => {
    const fields: Partial<Action> = { impact: 5, effort: 2, addresses: ['smoothness'] };
    expect(reason('en', fields, [dots('a', 3)])).toBe(
      'Addresses the largest gap (Smoothness: 2.0 × importance 5); high impact; low effort; the team’s dots: 3',
    );
    expect(reason('fi', fields, [dots('a', 3)])).toBe(
      'Vastaa suurimpaan eroon (Sujuvuus: 2,0 × tärkeys 5); suuri vaikuttavuus; pieni työmäärä; tiimin pisteet: 3',
    );
  });

  it('gives the rank of a smaller gap, names a critical moment, and counts several gaps', () => {
    expect(reason('en', { impact: 3, effort: 4, addresses: ['tp-checkin'] })).toBe(
      'Addresses gap no. 2 (Vastaanotto: 2.0 × importance 3); moderate impact; high effort',
    );
    expect(reason('fi', { impact: 1, addresses: ['communication', 'tp-checkin'] })).toBe(
      'Vastaa 2 eroon, painavimpana nro 2 (Vastaanotto: 2,0 × tärkeys 3); pieni vaikuttavuus; työmäärää ei arvioitu',
    );
  });

  it('says when an action is linked to no gap, or to none on the list', () => {
    expect(reason('en', {})).toBe('Not linked to a gap; impact not rated; effort not rated');
    expect(reason('fi', { impact: 4, effort: 3, addresses: ['theme'] })).toBe(
      'Ei vastaa mihinkään erolistan eroon; suuri vaikuttavuus; kohtalainen työmäärä',
    );
  });
});
