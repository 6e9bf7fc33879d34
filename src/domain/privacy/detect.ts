/**
 * Finds personal data in free text: names from a list, e-mail addresses, phone numbers, Finnish
 * identity codes and street addresses (with a postal code, or with a street word and a number). Pure and deterministic; the UI shows
 * every hit for a person to decide, so the rules lean towards finding too much.
 */
import type { RedactionRole } from '../types';
import { IDENTITY_CODE_PATTERN, isValidIdentityCode } from './identity-code';

export type HitKind = 'identityCode' | 'email' | 'address' | 'phone' | 'name';
export const HIT_KINDS: readonly HitKind[] = ['identityCode', 'email', 'address', 'phone', 'name'];

/** A name to look for, with the role it stands for. */
export type NameEntry = { name: string; role: RedactionRole };

export type Hit = {
  kind: HitKind;
  /** UTF-16 offsets into the text: text.slice(start, end) is the hit. */
  start: number;
  end: number;
  text: string;
  /** The role proposed for it: the name's role, or "removed" for contact details. */
  role: RedactionRole;
};

const EMAIL =
  /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}(?![\p{L}\p{N}])/gu;

/** +358 40 1234567, 00358 40 123 4567, 358 40 123 4567, +44 20 7946 0958, +358 (0)9 123 456 */
const INTERNATIONAL_PHONE =
  /(?<![\p{L}\p{N}+])(?:(?:\+|00)\d{1,3}|358)(?:[ -]?\(0\))?(?:[ -]?\d){6,12}(?![\p{L}\p{N}])/gu;
/** 040 123 4567, 040-1234567, 09-1234567, (09) 123 4567, 0401234567 */
const NATIONAL_PHONE =
  /(?<![\p{L}\p{N}+-])(?:\(0\d{1,2}\)|0\d{1,2})(?:[ -]?\d){5,8}(?![\p{L}\p{N}])/gu;

/** Street words written apart: "Lars Sonckin kaari", "Stora gatan". */
const STREET_WORD =
  'tie|katu|kuja|polku|tori|kaari|ranta|rinne|väylä|aukio|puisto|raitti|piha|mäki|linja|gatan|vägen|gränd|street|road|avenue|lane';
const STREET_PREFIX =
  'Iso|Pieni|Vanha|Uusi|Pohjoinen|Eteläinen|Itäinen|Läntinen|Lilla|Stora|Norra|Södra|Östra|Västra';
const STREET = String.raw`(?:(?:${STREET_PREFIX})\s)?\p{Lu}[\p{L}-]+|(?:\p{Lu}[\p{L}-]+\s){1,2}(?:${STREET_WORD})`;
/** 12, 12 B 5, 10 a 3, 4 as. 7, 3-5. A range has no spaces: " - " starts the next thing. */
const NUMBER_PART = String.raw`\d{1,4}(?:[-–]\d{1,4})?(?:\s?[a-zA-Z](?![\p{L}]))?(?:\s?(?:as\.?\s?)?\d{1,4})?`;
/** A postal code is five digits alone: "00358 40…" after an address is a phone number. */
const POSTAL = String.raw`,?\s+\d{5}(?![ -]?\d)(?:\s+\p{Lu}[\p{L}-]+)?`;
/** "Mannerheimintie 12 B 5, 00100 Helsinki", "Iso Roobertinkatu 3, 00120 Helsinki". */
const ADDRESS = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${STREET})\s${NUMBER_PART}${POSTAL}(?![\p{L}\p{N}])`,
  'gu',
);
/** A street name that says it is one: "Mannerheimintie", "Iso Roobertinkatu", "Stora gatan". */
const NAMED_STREET = String.raw`(?:(?:${STREET_PREFIX})\s)?\p{Lu}[\p{L}-]*(?:${STREET_WORD})|(?:\p{Lu}[\p{L}-]+\s){1,2}(?:${STREET_WORD})`;
/** Without a postal code: "Mannerheimintie 12 B 5", "Hämeenkatu 10 A 3:ssa", "Kuusikkotie 4 as. 7". */
const STREET_ADDRESS = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${NAMED_STREET})\s${NUMBER_PART}(?![\p{L}\p{N}])`,
  'gu',
);

const FINNISH_ENDING =
  '(?::?[ie]?(?:n|a|ä|aa|ää|ta|tä|lle|lla|llä|lta|ltä|ssa|ssä|sta|stä|ksi|na|nä|an|än|en|in|on|un|yn|ön|ni|si|nsa|nsä|ineen)?(?:kin|kaan|kään|han|hän)?)';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Forms of one name part in running Finnish text: Virtanen → Virtasen, Pekka → Pekan… */
function nameForms(part: string): string[] {
  const forms = [escapeRegExp(part)];
  if (/nen$/i.test(part)) forms.push(`${escapeRegExp(part.slice(0, -3))}s\\p{Ll}{1,6}`);
  const gradation = /(kk|pp|tt)([aeiouyäö])$/i.exec(part);
  if (gradation) forms.push(escapeRegExp(part.slice(0, -3) + part.slice(-2)));
  return forms;
}

/** The alternatives matching one name: the whole name, and its parts when not too short. */
function nameAlternatives(name: string): string[] {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  if (parts.length === 0) return [];
  const full = parts.map(escapeRegExp).join('\\s+');
  // Single parts of a full name count too ("Matti" of "Matti Virtanen"), when not too short.
  const singles = parts.length > 1 ? parts.filter((part) => part.length >= 3) : parts;
  return [
    `${full}${FINNISH_ENDING}`,
    ...singles.flatMap((part) => nameForms(part).map((form) => `${form}${FINNISH_ENDING}`)),
  ];
}

type NameMatcher = { pattern: RegExp; roles: RedactionRole[]; names: string[] };

/**
 * One word of a longer name written in lower case is an ordinary word, not a name: "spa" in
 * "the spa was closed" is not the participant "Spa therapist". The whole name always counts.
 */
function isLowercasePart(found: string, name: string): boolean {
  if (!/^\p{Ll}/u.test(found)) return false;
  const whole = name.trim().split(/\s+/).join(' ').toLocaleLowerCase();
  return !found.split(/\s+/).join(' ').toLocaleLowerCase().startsWith(whole);
}
const matcherCache = new Map<string, NameMatcher | null>();

/**
 * One regular expression for the whole list, a capture group per name, longest names first so
 * a full name wins over its parts. Cached: the same list is used for every text of a workshop.
 */
function nameMatcher(names: readonly NameEntry[]): NameMatcher | null {
  const key = JSON.stringify(names);
  const cached = matcherCache.get(key);
  if (cached !== undefined) return cached;
  const sorted = [...names]
    .filter((entry) => entry.name.trim().length >= 2)
    .sort((a, b) => b.name.length - a.name.length);
  const groups = sorted.map((entry) => `(${nameAlternatives(entry.name).join('|')})`);
  const matcher =
    groups.length === 0
      ? null
      : {
          pattern: new RegExp(
            `(?<![\\p{L}\\p{N}])(?:${groups.join('|')})(?![\\p{L}\\p{N}])`,
            'iuy',
          ),
          roles: sorted.map((entry) => entry.role),
          names: sorted.map((entry) => entry.name),
        };
  if (matcherCache.size > 50) matcherCache.clear();
  matcherCache.set(key, matcher);
  return matcher;
}

const WORD_START = /(?<![\p{L}\p{N}])[\p{L}\p{N}]/gu;

function collectNames(text: string, names: readonly NameEntry[]): Hit[] {
  const matcher = nameMatcher(names);
  if (!matcher) return [];
  const hits: Hit[] = [];
  const { pattern } = matcher;
  let end = 0;
  // Names start at word starts only: trying the long pattern just there is much faster.
  for (const word of text.matchAll(WORD_START)) {
    if (word.index < end) continue;
    pattern.lastIndex = word.index;
    const match = pattern.exec(text);
    if (!match) continue;
    const group = match.slice(1).findIndex((value) => value !== undefined);
    if (isLowercasePart(match[0], matcher.names[group] ?? '')) continue;
    const role = matcher.roles[group] ?? 'removed';
    end = word.index + match[0].length;
    hits.push({ kind: 'name', start: word.index, end, text: match[0], role });
  }
  return hits;
}

function collect(text: string, pattern: RegExp, kind: HitKind, role: RedactionRole): Hit[] {
  const hits: Hit[] = [];
  for (const match of text.matchAll(pattern)) {
    const start = match.index;
    hits.push({ kind, start, end: start + match[0].length, text: match[0], role });
  }
  return hits;
}

function looksLikeIdentityCode(candidate: string): boolean {
  return /^\d{6}[-+A-FU-Y]\d{3}/i.test(candidate);
}

/**
 * Every hit in the text, in order, never overlapping. Where two rules match the same characters
 * the more specific one wins (identity code, e-mail, address, phone, then names; longer names
 * before shorter ones).
 */
export function findPersonalData(text: string, names: readonly NameEntry[] = []): Hit[] {
  const candidates: Hit[] = [
    ...collect(text, IDENTITY_CODE_PATTERN, 'identityCode', 'removed').filter((hit) =>
      isValidIdentityCode(hit.text),
    ),
    ...collect(text, EMAIL, 'email', 'removed'),
    ...collect(text, ADDRESS, 'address', 'removed'),
    ...collect(text, STREET_ADDRESS, 'address', 'removed'),
    ...[
      ...collect(text, INTERNATIONAL_PHONE, 'phone', 'removed'),
      ...collect(text, NATIONAL_PHONE, 'phone', 'removed'),
    ].filter((hit) => !looksLikeIdentityCode(hit.text)),
  ];
  candidates.push(...collectNames(text, names));
  const taken: Hit[] = [];
  for (const hit of candidates) {
    if (!taken.some((other) => hit.start < other.end && other.start < hit.end)) taken.push(hit);
  }
  return taken.sort((a, b) => a.start - b.start);
}

/** Replaces the given hits (non-overlapping) and leaves every other character as it was. */
export function replaceHits(
  text: string,
  hits: readonly Pick<Hit, 'start' | 'end'>[],
  replacementFor: (index: number) => string,
): string {
  const order = hits
    .map((hit, index) => ({ hit, index }))
    .sort((a, b) => a.hit.start - b.hit.start);
  let result = '';
  let position = 0;
  for (const { hit, index } of order) {
    if (hit.start < position) continue;
    result += text.slice(position, hit.start) + replacementFor(index);
    position = hit.end;
  }
  return result + text.slice(position);
}
