import { LIMITS } from './limits';
import type { PrincipleId } from './principles';
import type { EvidenceItem, EvidenceKind, Tone } from './types';

export { EVIDENCE_KINDS, TONES } from './model/enums';

/** Channels offered as suggestions; any text is allowed. Keys of `channel.*` messages. */
export const CHANNEL_KEYS = [
  'feedbackForm',
  'email',
  'socialMedia',
  'phone',
  'inPerson',
  'survey',
  'staff',
] as const;

export type EvidenceFilter = {
  search: string;
  kind: EvidenceKind | '';
  tone: Tone | '';
  channel: string;
  touchpointId: string;
  segmentId: string;
  /** A theme id, '' for any, or NO_THEME for items not yet grouped. */
  themeId: string;
  tag: string;
  /** Items tagged with this principle; '' for any. */
  principleId: PrincipleId | '';
};

export const NO_THEME = '__none__';
/** touchpointId filter value for items linked to no touchpoint. */
export const NO_TOUCHPOINT = '__none__';

export const EMPTY_FILTER: EvidenceFilter = {
  search: '',
  kind: '',
  tone: '',
  channel: '',
  touchpointId: '',
  segmentId: '',
  themeId: '',
  tag: '',
  principleId: '',
};

export function isFilterActive(filter: EvidenceFilter): boolean {
  return Object.values(filter).some((value) => value !== '');
}

// Lower-cased search text per item object: typing a search word over 5,000 items otherwise
// lower-cases every text again on each keystroke. Stored items are replaced, never mutated.
const haystacks = new WeakMap<EvidenceItem, string>();

function haystackOf(item: EvidenceItem): string {
  let haystack = haystacks.get(item);
  if (haystack === undefined) {
    haystack = `${item.text} ${item.channel} ${item.tags.join(' ')}`.toLocaleLowerCase('fi');
    haystacks.set(item, haystack);
  }
  return haystack;
}

/** Case- and accent-insensitive search over text, channel and tags; all filters must match. */
export function filterEvidence(
  items: readonly EvidenceItem[],
  filter: EvidenceFilter,
): EvidenceItem[] {
  const words = filter.search.toLocaleLowerCase('fi').split(/\s+/).filter(Boolean);
  return items.filter((item) => {
    if (filter.kind && item.kind !== filter.kind) return false;
    if (filter.tone && item.tone !== filter.tone) return false;
    if (filter.channel && item.channel !== filter.channel) return false;
    if (
      filter.touchpointId === NO_TOUCHPOINT
        ? item.touchpointId !== ''
        : filter.touchpointId && item.touchpointId !== filter.touchpointId
    ) {
      return false;
    }
    if (filter.segmentId && item.segmentId !== filter.segmentId) return false;
    if (
      filter.themeId === NO_THEME
        ? item.themeId !== ''
        : filter.themeId && item.themeId !== filter.themeId
    ) {
      return false;
    }
    if (filter.tag && !item.tags.includes(filter.tag)) return false;
    if (filter.principleId && !item.principleIds.includes(filter.principleId)) return false;
    if (words.length === 0) return true;
    const haystack = haystackOf(item);
    return words.every((word) => haystack.includes(word));
  });
}

export type ToneCounts = Record<Tone, number> & { total: number };

export function emptyToneCounts(): ToneCounts {
  return { praise: 0, complaint: 0, suggestion: 0, neutral: 0, total: 0 };
}

/** Counts per tone, grouped by a key of the item (touchpoint, segment, theme, kind). */
export function countByTone(
  items: readonly EvidenceItem[],
  keyOf: (item: EvidenceItem) => string,
): Map<string, ToneCounts> {
  const counts = new Map<string, ToneCounts>();
  for (const item of items) {
    const key = keyOf(item);
    const row = counts.get(key) ?? emptyToneCounts();
    row[item.tone] += 1;
    row.total += 1;
    counts.set(key, row);
  }
  return counts;
}

/** Parses "a, b; c" into distinct trimmed tags. */
export function parseTags(text: string): string[] {
  const tags = text
    .split(/[,;]/)
    .map((tag) => tag.trim())
    .filter(Boolean);
  // A pasted cell can hold any number; an item keeps as many as a list may hold.
  return [...new Set(tags)].slice(0, LIMITS.listLength);
}

export function allTags(items: readonly EvidenceItem[]): string[] {
  return [...new Set(items.flatMap((item) => item.tags))].sort((a, b) => a.localeCompare(b, 'fi'));
}

export function allChannels(items: readonly EvidenceItem[]): string[] {
  return [...new Set(items.map((item) => item.channel).filter(Boolean))].sort((a, b) =>
    a.localeCompare(b, 'fi'),
  );
}
