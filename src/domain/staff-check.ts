/**
 * The staff experience check's results: statistics per statement, and where staff's view of
 * their work and the customer-side assessment of the principles tell different stories.
 */
import { summariseScores, type PrincipleSummary, type ScoreSummary } from './assessment-stats';
import type { PrincipleId } from './principles';
import {
  STAFF_STATEMENT_IDS,
  STAFF_STATEMENT_PRINCIPLES,
  type StaffStatementId,
} from './staff-statements';
import type { Participant, StaffRating } from './types';

export type StaffSummary = ScoreSummary & { statementId: StaffStatementId };

/** Statistics per staff statement, as summarisePrinciples gives them per principle. */
export function summariseStaffCheck(
  ratings: readonly StaffRating[],
  participants: readonly Participant[],
): StaffSummary[] {
  return STAFF_STATEMENT_IDS.map((statementId) => ({
    statementId,
    ...summariseScores(
      ratings.filter((rating) => rating.statementId === statementId),
      participants,
    ),
  }));
}

/** Means this far apart (or further) on the 1–5 scale are shown as a disagreement. */
export const DISAGREEMENT_THRESHOLD = 1.0;
/** Both sides below this mean: a shared weak spot, told apart from a disagreement. */
export const LOW_MEAN = 3.0;

export type StaffCustomerPair = {
  statementId: StaffStatementId;
  principleId: PrincipleId;
  staffMean: number;
  /** The principle's mean in the assessment: the customer-side result. */
  customerMean: number;
  /** Always ≥ 0: how far apart the two means are. */
  difference: number;
  /** Which side is lower, or both low with no real difference between them. */
  kind: 'staffLower' | 'customerLower' | 'bothLow';
};

/**
 * Each statement against the principles it bears on, where both sides have a mean: pairs whose
 * means are at least DISAGREEMENT_THRESHOLD apart, and pairs where both are low. The widest
 * difference first, then shared weak spots, lowest first.
 */
export function compareStaffAndCustomers(
  staff: readonly StaffSummary[],
  principles: readonly PrincipleSummary[],
): StaffCustomerPair[] {
  const customerMean = new Map(principles.map((summary) => [summary.principleId, summary.mean]));
  const pairs: StaffCustomerPair[] = [];
  for (const summary of staff) {
    if (summary.mean === null) continue;
    for (const principleId of STAFF_STATEMENT_PRINCIPLES[summary.statementId]) {
      const customer = customerMean.get(principleId);
      if (customer === null || customer === undefined) continue;
      const difference = Math.abs(summary.mean - customer);
      const kind =
        difference >= DISAGREEMENT_THRESHOLD - 1e-9
          ? summary.mean < customer
            ? 'staffLower'
            : 'customerLower'
          : summary.mean < LOW_MEAN && customer < LOW_MEAN
            ? 'bothLow'
            : null;
      if (kind === null) continue;
      pairs.push({
        statementId: summary.statementId,
        principleId,
        staffMean: summary.mean,
        customerMean: customer,
        difference,
        kind,
      });
    }
  }
  const lowerMean = (pair: StaffCustomerPair) => Math.min(pair.staffMean, pair.customerMean);
  return pairs.sort(
    (a, b) =>
      Number(a.kind === 'bothLow') - Number(b.kind === 'bothLow') ||
      b.difference - a.difference ||
      lowerMean(a) - lowerMean(b),
  );
}
