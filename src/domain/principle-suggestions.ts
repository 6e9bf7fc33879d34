import { ENGLISH_RULES, FINNISH_RULES, type PrincipleRules } from './principle-rules';
import { PRINCIPLE_IDS, type PrincipleId } from './principles';
import type { EvidenceItem } from './types';

type WordTest = (word: string) => boolean;
type CompiledRule = { principleId: PrincipleId; parts: WordTest[] };

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

function compilePart(part: string): WordTest {
  const stem = foldText(part);
  if (stem.startsWith('~')) {
    const inner = stem.slice(1);
    return (word) => word.includes(inner);
  }
  if (stem.endsWith('$')) {
    const whole = stem.slice(0, -1);
    return (word) => word === whole;
  }
  return (word) => word.startsWith(stem);
}

function compile(rules: PrincipleRules): CompiledRule[] {
  return PRINCIPLE_IDS.flatMap((principleId) =>
    rules[principleId].map((pattern) => ({
      principleId,
      parts: pattern.split(/\s+/).filter(Boolean).map(compilePart),
    })),
  );
}

const COMPILED: CompiledRule[] = [...compile(FINNISH_RULES), ...compile(ENGLISH_RULES)];

function matchesAt(words: readonly string[], start: number, parts: readonly WordTest[]): boolean {
  return parts.every((test, offset) => {
    const word = words[start + offset];
    return word !== undefined && test(word);
  });
}

/**
 * The principles a text speaks to by the keyword rules of both languages (a Finnish workshop
 * often has English feedback too), in the principles' own order.
 */
export function suggestPrinciples(text: string): PrincipleId[] {
  const words = wordsOf(text);
  const found = new Set<PrincipleId>();
  for (const rule of COMPILED) {
    if (found.has(rule.principleId)) continue;
    for (let index = 0; index < words.length; index += 1) {
      if (matchesAt(words, index, rule.parts)) {
        found.add(rule.principleId);
        break;
      }
    }
  }
  return PRINCIPLE_IDS.filter((id) => found.has(id));
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
