import { PRINCIPLE_IDS } from '../principles';
import { STAFF_STATEMENT_IDS, type StaffStatementId } from '../staff-statements';
import type { Language, Score } from '../types';
import type { WorkshopContent } from '../workshop-content';
import { ASSESSMENT_TEXTS } from './assessment-texts';

/** Scores per participant, in principle order; management sees the service rosier than staff. */
const SCORES: (Score | null)[][] = [
  [4, 4, 3, 3, 4, 3, 4],
  [4, 3, 3, 3, 4, 4, 3],
  [4, 4, 3, 2, 3, 3, null],
  [4, 3, 2, 2, 3, 2, 3],
  [5, 4, 3, 2, 3, 2, 4],
  [3, 3, 2, 2, 3, 2, 3],
];
const TARGETS: Score[] = [5, 4, 4, 4, 5, 4, 4];

/**
 * Staff experience check, in statement order (climate, being oneself, coaching, leadership,
 * authority, feedback, workload): staff feel rushed and without authority while the customer
 * side still rates the genuine encounter well — the encounter is carried at staff's expense.
 */
const STAFF_SCORES: (Score | null)[][] = [
  [4, 4, 4, 4, 3, 4, 3],
  [4, 4, 3, 4, 3, 3, 2],
  [3, 4, 3, 4, 3, 3, 2],
  [3, 4, 3, 2, 2, 2, 1],
  [3, 5, 3, 2, 2, 3, 2],
  [3, 4, 3, 3, 2, 2, 1],
];
const STAFF_TARGETS: Partial<Record<StaffStatementId, Score>> = {
  climate: 4,
  coaching: 4,
  authority: 3,
  workload: 3,
};
const STAFF_IMPORTANCE: Partial<Record<StaffStatementId, Score>> = { authority: 4, workload: 4 };
/** Who wrote the comment on the workload: the spa therapist. */
const WORKLOAD_COMMENTER = 4;
const IMPORTANCE: Score[] = [5, 4, 4, 5, 4, 5, 3];

function monthsAhead(now: Date, months: number): string {
  const date = new Date(now);
  date.setUTCMonth(date.getUTCMonth() + months);
  return date.toISOString().slice(0, 10);
}

/** Adds participants, their ratings and staff check, target levels, promises and indicators to the sample. */
export function addAssessmentSample(
  content: WorkshopContent,
  language: Language,
  newId: () => string,
  now: Date,
): void {
  const texts = ASSESSMENT_TEXTS[language];
  const stamp = now.toISOString();
  const base = { workshopId: content.workshop.id, createdAt: stamp, updatedAt: stamp };
  content.participants = texts.participants.map(([name, group], order) => ({
    ...base,
    id: newId(),
    name,
    group,
    order,
  }));
  content.ratings = content.participants.flatMap((participant, row) =>
    PRINCIPLE_IDS.map((principleId, column) => ({
      ...base,
      id: newId(),
      participantId: participant.id,
      principleId,
      score: SCORES[row]?.[column] ?? null,
      comment: '',
      evidenceIds: [],
      reviewId: '',
    })),
  );
  content.staffRatings = content.participants.flatMap((participant, row) =>
    STAFF_STATEMENT_IDS.map((statementId, column) => ({
      ...base,
      id: newId(),
      participantId: participant.id,
      statementId,
      score: STAFF_SCORES[row]?.[column] ?? null,
      comment:
        row === WORKLOAD_COMMENTER && statementId === 'workload' ? texts.workloadComment : '',
      reviewId: '',
    })),
  );
  Object.assign(content.workshop, {
    isSatisfied: false,
    staffTargetLevels: { ...STAFF_TARGETS },
    staffImportance: { ...STAFF_IMPORTANCE },
    targetLevels: Object.fromEntries(PRINCIPLE_IDS.map((id, index) => [id, TARGETS[index]])),
    principleImportance: Object.fromEntries(
      PRINCIPLE_IDS.map((id, index) => [id, IMPORTANCE[index]]),
    ),
    statementUses: Object.fromEntries(
      texts.uses.map(([use, note]) => [use, { isUsed: true, note }]),
    ),
  });
  for (const touchpoint of content.touchpoints) {
    if (touchpoint.isCritical)
      touchpoint.targetLevel = Math.min(5, (touchpoint.performance ?? 3) + 2) as Score;
  }
  content.promises = texts.promises.map(([text, principleIds], order) => ({
    ...base,
    id: newId(),
    text,
    principleIds,
    order,
  }));
  content.indicators = texts.indicators.map(({ months, atReview: _read, ...indicator }, order) => ({
    ...base,
    id: newId(),
    ...indicator,
    targetDate: monthsAhead(now, months),
    order,
    segmentIds: [],
  }));
}
