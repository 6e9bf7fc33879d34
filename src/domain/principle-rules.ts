import type { PrincipleId } from './principles';

/**
 * Keyword rules that propose principle tags for a piece of evidence. Written by hand, in Finnish
 * and English, and run on the device: no model, no service.
 *
 * Patterns are matched against the folded text (lower case, ä→a, ö→o, å→a), so a stem also
 * catches text typed without umlauts. Pattern forms:
 * - `stem`   a word that starts with the stem: "myohasty" catches myöhästyi, myöhästymisestä;
 * - `~stem`  the stem anywhere in a word, for Finnish compounds: "~jono" catches puhelinjonossa;
 * - `word$`  the whole word only: "late$" catches late but not later;
 * - `a b`    several words in a row, each read as above: "no one told" or "kukaan ei kerto".
 * Fold the patterns the same way the text is folded: write them without umlauts.
 */
export type PrincipleRules = Record<PrincipleId, readonly string[]>;

export { ENGLISH_RULES } from './principle-rules-en';
export { FINNISH_RULES } from './principle-rules-fi';
