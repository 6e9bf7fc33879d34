import { describe, expect, it } from 'vitest';
import {
  countByTone,
  EMPTY_FILTER,
  filterEvidence,
  NO_THEME,
  parseTags,
} from '../../src/domain/evidence';
import { rankCriticalMoments } from '../../src/domain/critical-moments';
import type { EvidenceItem, Touchpoint } from '../../src/domain/types';

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
    createdAt: '',
    updatedAt: '',
    ...overrides,
  };
}

const items = [
  item({
    text: 'Jonossa odotettiin pitkään',
    tone: 'complaint',
    touchpointId: 'reception',
    tags: ['jono'],
  }),
  item({
    text: 'Ystävällinen vastaanotto',
    tone: 'praise',
    touchpointId: 'reception',
    themeId: 't1',
  }),
  item({
    text: 'Ravintolan kahvi oli kylmää',
    tone: 'complaint',
    touchpointId: 'restaurant',
    channel: 'E-mail',
  }),
];

describe('evidence filtering', () => {
  it('searches text case-insensitively, all words must match', () => {
    expect(filterEvidence(items, { ...EMPTY_FILTER, search: 'JONOSSA pitkään' })).toHaveLength(1);
    expect(filterEvidence(items, { ...EMPTY_FILTER, search: 'jonossa ravintola' })).toHaveLength(0);
  });

  it('combines field filters and finds items outside any theme', () => {
    expect(
      filterEvidence(items, { ...EMPTY_FILTER, tone: 'complaint', touchpointId: 'reception' }),
    ).toHaveLength(1);
    expect(filterEvidence(items, { ...EMPTY_FILTER, themeId: NO_THEME })).toHaveLength(2);
    expect(filterEvidence(items, { ...EMPTY_FILTER, tag: 'jono' })).toHaveLength(1);
    expect(filterEvidence(items, { ...EMPTY_FILTER, channel: 'E-mail' })[0]?.text).toContain(
      'kahvi',
    );
  });

  it('counts praise and complaints per touchpoint for the heatmap', () => {
    const counts = countByTone(items, (entry) => entry.touchpointId);
    expect(counts.get('reception')).toMatchObject({ praise: 1, complaint: 1, total: 2 });
    expect(counts.get('restaurant')).toMatchObject({ praise: 0, complaint: 1, total: 1 });
  });

  it('parses tags separated by commas or semicolons, without duplicates', () => {
    expect(parseTags(' jono, ruuhka; jono ,, ')).toEqual(['jono', 'ruuhka']);
  });
});

describe('critical moments', () => {
  it('ranks the moments with the largest importance–performance gap first', () => {
    const touchpoint = (name: string, importance: number, performance: number, isCritical = true) =>
      ({ name, importance, performance, isCritical }) as Touchpoint;
    const ranked = rankCriticalMoments([
      touchpoint('spa', 5, 4),
      touchpoint('reception', 5, 2),
      touchpoint('room', 5, 1, false),
    ]);
    expect(ranked.map((t) => t.name)).toEqual(['reception', 'spa']);
  });
});
