import { ENGLISH_RULES, FINNISH_RULES, type PrincipleRules } from './principle-rules';
import { PRINCIPLE_IDS, type PrincipleId } from './principles';
import type { EvidenceItem } from './types';

/** Lower case without accents, so "Myöhästyi" and "myohastyi" read the same. */
export function foldText(text: string): string {
  return text
    .toLocaleLowerCase('fi')
    .replace(/[’`´]/g, "'")
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
}

/** Words of the folded text; hyphens and apostrophes stay inside a word (check-in, didn't). */
export function wordsOf(text: string): string[] {
  return foldText(text)
    .split(/[^\p{L}\p{N}'-]+/u)
    .map((word) => word.replace(/^['-]+|['-]+$/g, ''))
    .filter(Boolean);
}

type WordTest = (word: string) => boolean;
type CompiledRule = { principleId: PrincipleId; parts: WordTest[] };

function compilePart(part: string): WordTest {
  if (part.startsWith('~')) {
    const inner = part.slice(1);
    return (word) => word.includes(inner);
  }
  if (part.endsWith('$')) {
    const whole = part.slice(0, -1);
    return (word) => word === whole;
  }
  return (word) => word.startsWith(part);
}

const PREFIX_KEY = 3;

/**
 * Rules indexed by their first word, so each word of a text is tested only against the rules
 * that can start there: whole words by the word, stems by their first letters.
 */
type RuleIndex = {
  byWord: Map<string, CompiledRule[]>;
  byPrefix: Map<string, CompiledRule[]>;
  /** Infix (~) rules and stems shorter than the prefix key: tested at every word. */
  always: CompiledRule[];
};

function buildIndex(ruleSets: readonly PrincipleRules[]): RuleIndex {
  const index: RuleIndex = { byWord: new Map(), byPrefix: new Map(), always: [] };
  const push = (map: Map<string, CompiledRule[]>, key: string, rule: CompiledRule) =>
    map.set(key, [...(map.get(key) ?? []), rule]);
  for (const rules of ruleSets) {
    for (const principleId of PRINCIPLE_IDS) {
      for (const pattern of rules[principleId]) {
        const parts = foldText(pattern).split(/\s+/).filter(Boolean);
        const first = parts[0];
        if (!first) continue;
        const rule = { principleId, parts: parts.map(compilePart) };
        if (first.startsWith('~') || (!first.endsWith('$') && first.length < PREFIX_KEY)) {
          index.always.push(rule);
        } else if (first.endsWith('$')) {
          push(index.byWord, first.slice(0, -1), rule);
        } else {
          push(index.byPrefix, first.slice(0, PREFIX_KEY), rule);
        }
      }
    }
  }
  return index;
}

const INDEX = buildIndex([FINNISH_RULES, ENGLISH_RULES]);

function matchesAt(words: readonly string[], start: number, parts: readonly WordTest[]): boolean {
  return parts.every((test, offset) => {
    const word = words[start + offset];
    return word !== undefined && test(word);
  });
}

function computeSuggestions(text: string): PrincipleId[] {
  const words = wordsOf(text);
  const found = new Set<PrincipleId>();
  const tryRules = (rules: readonly CompiledRule[] | undefined, position: number) => {
    if (!rules) return;
    for (const rule of rules) {
      if (!found.has(rule.principleId) && matchesAt(words, position, rule.parts)) {
        found.add(rule.principleId);
      }
    }
  };
  for (let position = 0; position < words.length; position += 1) {
    const word = words[position]!;
    tryRules(INDEX.byWord.get(word), position);
    tryRules(INDEX.byPrefix.get(word.slice(0, PREFIX_KEY)), position);
    tryRules(INDEX.always, position);
    if (found.size === PRINCIPLE_IDS.length) break;
  }
  return PRINCIPLE_IDS.filter((id) => found.has(id));
}

// Boards re-read every item after each edit; the same texts need not be read again.
const CACHE_LIMIT = 20_000;
const cache = new Map<string, readonly PrincipleId[]>();

/**
 * The principles a text speaks to by the keyword rules of both languages (a Finnish workshop
 * often has English feedback too), in the principles' own order.
 */
export function suggestPrinciples(text: string): PrincipleId[] {
  let result = cache.get(text);
  if (!result) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    result = computeSuggestions(text);
    cache.set(text, result);
  }
  return [...result];
}

type TaggedItem = Pick<EvidenceItem, 'text' | 'principleIds' | 'rejectedPrincipleIds'>;

/** Suggestions not yet accepted or rejected for this item. */
export function pendingSuggestions(item: TaggedItem): PrincipleId[] {
  const decided = new Set([...item.principleIds, ...(item.rejectedPrincipleIds ?? [])]);
  return suggestPrinciples(item.text).filter((id) => !decided.has(id));
}

/** The item's tags after accepting `ids`: added in the principles' order, no longer rejected. */
export function withAccepted<T extends TaggedItem>(item: T, ids: readonly PrincipleId[]) {
  const accepted = new Set([...item.principleIds, ...ids]);
  return {
    principleIds: PRINCIPLE_IDS.filter((id) => accepted.has(id)),
    rejectedPrincipleIds: (item.rejectedPrincipleIds ?? []).filter((id) => !accepted.has(id)),
  };
}

/** The item's tags after rejecting `ids` (or removing them as tags): not suggested again. */
export function withRejected<T extends TaggedItem>(item: T, ids: readonly PrincipleId[]) {
  const rejected = new Set([...(item.rejectedPrincipleIds ?? []), ...ids]);
  return {
    principleIds: item.principleIds.filter((id) => !rejected.has(id)),
    rejectedPrincipleIds: PRINCIPLE_IDS.filter((id) => rejected.has(id)),
  };
}
