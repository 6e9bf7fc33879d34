import { describe, expect, it } from 'vitest';
import {
  evidenceForPrinciple,
  matrixKey,
  principleTouchpointMatrix,
} from '../../src/domain/principle-evidence';
import {
  foldText,
  pendingSuggestions,
  suggestPrinciples,
  withAccepted,
  withRejected,
} from '../../src/domain/principle-suggestions';
import type { EvidenceItem } from '../../src/domain/types';

function item(overrides: Partial<EvidenceItem>): EvidenceItem {
  return {
    id: crypto.randomUUID(),
    workshopId: 'w',
    text: '',
    kind: 'feedback',
    tone: 'neutral',
    channel: '',
    touchpointId: '',
    segmentId: '',
    date: '',
    tags: [],
    themeId: '',
    principleIds: [],
    rejectedPrincipleIds: [],
    createdAt: '2026-11-01T00:00:00.000Z',
    updatedAt: '',
    ...overrides,
  };
}

describe('Finnish rules', () => {
  it.each([
    ['Juna myöhästyi taas.', 'smoothness'],
    ['Myöhästymisestä ei pahoiteltu.', 'smoothness'],
    ['Olimme jonossa pitkään.', 'smoothness'],
    ['Puhelinjonossa meni tunti.', 'smoothness'],
    ['Jonottaminen kassalle kesti.', 'smoothness'],
    ['Odotimme pöytää.', 'smoothness'],
    ['Ystävällisyys jäi mieleen.', 'genuineEncounter'],
    ['Epäystävällinen myyjä.', 'genuineEncounter'],
    ['Meitä kohdeltiin hyvin.', 'genuineEncounter'],
    ['Kohtelu oli asiallista.', 'genuineEncounter'],
    ['Tiedot puuttuivat.', 'communication'],
    ['Tiedotteessa ei kerrottu mitään.', 'communication'],
    ['Ohjeistus oli epäselvä.', 'communication'],
    ['Palvelu ylitti odotukset.', 'exceedingExpectations'],
    ['Yli odotusten!', 'exceedingExpectations'],
    ['Luvattu soitto jäi tulematta.', 'responsibility'],
    ['Myyjä kysyi, mitä tarvitsen.', 'recognisingNeeds'],
    ['Kukaan ei huomannut meitä.', 'situationalAwareness'],
  ] as const)('"%s" speaks to %s', (text, principle) => {
    expect(suggestPrinciples(text)).toContain(principle);
  });

  it('reads upper case and text typed without umlauts alike', () => {
    expect(suggestPrinciples('JUNA MYÖHÄSTYI')).toEqual(['smoothness']);
    expect(suggestPrinciples('juna myohastyi')).toEqual(['smoothness']);
    expect(suggestPrinciples('erittain ystavallinen palvelu')).toContain('genuineEncounter');
    expect(foldText('Ääkköset Å')).toBe('aakkoset a');
  });

  it('tells waiting from expectations', () => {
    expect(suggestPrinciples('Odotusaika oli pitkä.')).toEqual(['smoothness']);
    expect(suggestPrinciples('Odotuksemme ylittyivät.')).toEqual(['exceedingExpectations']);
  });

  it('proposes nothing for a sentence about no principle', () => {
    expect(suggestPrinciples('Kävimme museossa lauantaina.')).toEqual([]);
    expect(suggestPrinciples('')).toEqual([]);
  });
});

describe('English rules', () => {
  it.each([
    ['The staff were so friendly.', 'genuineEncounter'],
    ['A rude receptionist.', 'genuineEncounter'],
    ['We queued for ages.', 'smoothness'],
    ['The bus was late again.', 'smoothness'],
    ['Nobody told us anything.', 'communication'],
    ['They kept us informed.', 'communication'],
    ['It exceeded every expectation.', 'exceedingExpectations'],
    ['They broke their promise.', 'responsibility'],
    ['She listened and understood my needs.', 'recognisingNeeds'],
    ['He noticed we were lost and came over.', 'situationalAwareness'],
  ] as const)('"%s" speaks to %s', (text, principle) => {
    expect(suggestPrinciples(text)).toContain(principle);
  });

  it('matches whole words where a stem would be too loose', () => {
    expect(suggestPrinciples('I will call you later.')).not.toContain('smoothness');
    expect(suggestPrinciples('The kindergarten was nearby.')).not.toContain('genuineEncounter');
  });

  it('matches phrases of several words only in order', () => {
    expect(suggestPrinciples('She went out of her way for us.')).toContain('exceedingExpectations');
    expect(suggestPrinciples('She found her way out of it.')).not.toContain(
      'exceedingExpectations',
    );
  });
});

describe('accepting and rejecting suggestions', () => {
  const text = 'Jonossa odotettiin, eikä kukaan kertonut syytä.';

  it('lists only undecided suggestions', () => {
    expect(pendingSuggestions(item({ text }))).toEqual(['smoothness', 'communication']);
    expect(
      pendingSuggestions(
        item({ text, principleIds: ['smoothness'], rejectedPrincipleIds: ['communication'] }),
      ),
    ).toEqual([]);
  });

  it('treats records written before rejections were stored as having none', () => {
    const old = item({ text });
    delete old.rejectedPrincipleIds;
    expect(pendingSuggestions(old)).toEqual(['smoothness', 'communication']);
  });

  it('keeps tags in the principles order and moves them between accepted and rejected', () => {
    const accepted = withAccepted(item({ principleIds: ['communication'] }), ['smoothness']);
    expect(accepted.principleIds).toEqual(['smoothness', 'communication']);
    const rejected = withRejected(item(accepted), ['smoothness']);
    expect(rejected).toEqual({
      principleIds: ['communication'],
      rejectedPrincipleIds: ['smoothness'],
    });
    expect(withAccepted(item(rejected), ['smoothness']).rejectedPrincipleIds).toEqual([]);
  });
});

describe('principle evidence', () => {
  const items = [
    item({ tone: 'praise', touchpointId: 'a', principleIds: ['genuineEncounter', 'smoothness'] }),
    item({ tone: 'complaint', touchpointId: 'a', principleIds: ['smoothness'] }),
    item({ tone: 'complaint', touchpointId: 'b', principleIds: ['smoothness'] }),
    item({ tone: 'neutral', touchpointId: 'a', principleIds: ['smoothness'] }),
    item({ tone: 'complaint', touchpointId: 'a', principleIds: [] }),
  ];

  it('counts praise and complaints per touchpoint and principle, an item in each of its cells', () => {
    const cells = principleTouchpointMatrix(items);
    expect(cells.get(matrixKey('a', 'smoothness'))).toEqual({ praise: 1, complaint: 1 });
    expect(cells.get(matrixKey('a', 'genuineEncounter'))).toEqual({ praise: 1, complaint: 0 });
    expect(cells.get(matrixKey('b', 'smoothness'))).toEqual({ praise: 0, complaint: 1 });
    expect(cells.size).toBe(3);
  });

  it('splits a principle evidence into for and against', () => {
    const evidence = evidenceForPrinciple(items, 'smoothness');
    expect(evidence.praise).toHaveLength(1);
    expect(evidence.complaint).toHaveLength(2);
  });
});
