import type { PrincipleId } from '../principles';

const G = 'genuineEncounter';
const N = 'recognisingNeeds';
const S = 'situationalAwareness';
const M = 'smoothness';
const R = 'responsibility';
const C = 'communication';
const X = 'exceedingExpectations';

/**
 * Accepted principle tags of the sample evidence, by the item's position in the sample texts
 * (the Finnish and English lists are the same items in the same order). Chosen by hand, as a
 * facilitator would after going through the suggestions.
 */
export const SAMPLE_EVIDENCE_PRINCIPLES: readonly (readonly PrincipleId[])[] = [
  [G],
  [M, C],
  [S],
  [N, X],
  [M, R],
  [R, C],
  [M],
  [X],
  [C],
  [M, C],
  [C],
  [R],
  [S, X],
  [],
  [M, C],
  [X],
  [C],
  [G],
  [M],
  [G],
  [M],
  [N, S],
  [C],
  [],
  [G, M],
  [M],
  [C],
  [],
  [S, M],
  [G, N],
];
