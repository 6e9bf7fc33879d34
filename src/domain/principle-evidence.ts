import { PRINCIPLE_IDS, type PrincipleId } from './principles';
import type { EvidenceItem } from './types';

export type PraiseComplaint = { praise: number; complaint: number };

/** Key of a matrix cell: touchpoint id ('' for none) and principle. */
export const matrixKey = (touchpointId: string, principleId: PrincipleId) =>
  `${touchpointId}|${principleId}`;

/**
 * Praise and complaints per touchpoint × principle, from the accepted tags. An item tagged with
 * two principles counts in both cells.
 */
export function principleTouchpointMatrix(
  items: readonly EvidenceItem[],
): Map<string, PraiseComplaint> {
  const cells = new Map<string, PraiseComplaint>();
  for (const item of items) {
    if (item.tone !== 'praise' && item.tone !== 'complaint') continue;
    for (const principleId of item.principleIds) {
      const key = matrixKey(item.touchpointId, principleId);
      const cell = cells.get(key) ?? { praise: 0, complaint: 0 };
      cell[item.tone] += 1;
      cells.set(key, cell);
    }
  }
  return cells;
}

/** Touchpoint ids that have at least one tagged praise or complaint ('' for none). */
export function touchpointsInMatrix(cells: ReadonlyMap<string, PraiseComplaint>): Set<string> {
  return new Set([...cells.keys()].map((key) => key.slice(0, key.lastIndexOf('|'))));
}

export type PrincipleEvidence = {
  principleId: PrincipleId;
  praise: EvidenceItem[];
  complaint: EvidenceItem[];
};

/** For one principle: the tagged praise (for) and complaints (against), newest first. */
export function evidenceForPrinciple(
  items: readonly EvidenceItem[],
  principleId: PrincipleId,
): PrincipleEvidence {
  const tagged = items
    .filter((item) => item.principleIds.includes(principleId))
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return {
    principleId,
    praise: tagged.filter((item) => item.tone === 'praise'),
    complaint: tagged.filter((item) => item.tone === 'complaint'),
  };
}

/** Totals per principle, for the report and overviews. */
export function principleTotals(items: readonly EvidenceItem[]): PrincipleEvidence[] {
  return PRINCIPLE_IDS.map((id) => evidenceForPrinciple(items, id));
}
