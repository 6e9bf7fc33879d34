/**
 * The staff experience check: statements staff rate about their own work, beside the seven
 * principles customers experience. Each names the principles it bears on most, so the results
 * can show where staff and customers see things differently. Plain data, no zod.
 */
import type { PrincipleId } from './principles';

export const STAFF_STATEMENT_IDS = [
  'climate',
  'beingOneself',
  'coaching',
  'leadership',
  'authority',
  'feedbackToStaff',
  'workload',
] as const;

export type StaffStatementId = (typeof STAFF_STATEMENT_IDS)[number];

export function isStaffStatementId(value: unknown): value is StaffStatementId {
  return typeof value === 'string' && (STAFF_STATEMENT_IDS as readonly string[]).includes(value);
}

/** The principles each statement bears on most: a tense climate shows in the encounter first. */
export const STAFF_STATEMENT_PRINCIPLES: Record<StaffStatementId, readonly PrincipleId[]> = {
  climate: ['genuineEncounter', 'exceedingExpectations'],
  beingOneself: ['genuineEncounter'],
  coaching: ['recognisingNeeds', 'smoothness'],
  leadership: ['communication', 'responsibility'],
  authority: ['situationalAwareness', 'exceedingExpectations'],
  feedbackToStaff: ['responsibility', 'recognisingNeeds'],
  workload: ['genuineEncounter', 'smoothness'],
};

/** Which item a rating rates: one of the seven principles or one staff statement. */
export type RatedItem = { principleId: PrincipleId } | { statementId: StaffStatementId };
