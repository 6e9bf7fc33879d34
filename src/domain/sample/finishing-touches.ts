import { baselineRatings } from '../assessment-stats';
import { PRINCIPLE_IDS, type PrincipleId } from '../principles';
import type { StaffStatementId } from '../staff-statements';
import type { Language, Rating, Score, StaffRating } from '../types';
import type { WorkshopContent } from '../workshop-content';
import { FINISHING_TEXTS } from './finishing-texts';

/** The sample is a spa hotel: it shows how a sector template's ideas appear on the path. */
const SAMPLE_TEMPLATE_ID = 'retailHospitality';

/** Principles each sample action addresses, by position; the first also targets check-in. */
const ACTION_PRINCIPLES: PrincipleId[][] = [
  ['smoothness', 'communication'],
  ['situationalAwareness', 'genuineEncounter'],
  ['communication', 'responsibility'],
  ['genuineEncounter', 'recognisingNeeds'],
  ['communication'],
];
const RECEPTION_TOUCHPOINT = 2;

/** Which principle the evidence of each theme speaks to: queues, warmth, information. */
const THEME_PRINCIPLES: PrincipleId[][] = [['smoothness'], ['genuineEncounter'], ['communication']];

/** Change from the baseline at the held follow-up review, in principle order: a modest lift. */
const REVIEW_LIFT = [0, 0, 1, 1, 0, 1, 0];
/**
 * The same for the staff statements: the extra check-out shift eases the workload and leaves
 * room to decide on the spot; the climate has not moved yet.
 */
const STAFF_REVIEW_LIFT: Record<StaffStatementId, number> = {
  climate: 0,
  beingOneself: 0,
  coaching: 1,
  leadership: 0,
  authority: 1,
  feedbackToStaff: 1,
  workload: 1,
};
/** Who comments on the workload at the review: the spa therapist, as at the workshop. */
const STAFF_REVIEW_COMMENTER = 4;

const lifted = (score: Score | null, lift: number) =>
  score === null ? null : (Math.min(5, score + lift) as Score);

/**
 * Fills the details a newcomer would otherwise find empty: journey lanes for every touchpoint,
 * tags and principles on the evidence, rating comments, what each action addresses and is
 * expected to do, review notes and the re-ratings made at the held follow-up review.
 */
export function addFinishingTouches(
  content: WorkshopContent,
  language: Language,
  newId: () => string,
): void {
  const texts = FINISHING_TEXTS[language];
  content.workshop.templateId = SAMPLE_TEMPLATE_ID;
  content.touchpoints.forEach((touchpoint, index) => {
    const lanes = texts.lanes[index];
    if (lanes && !touchpoint.feels) [touchpoint.feels, touchpoint.knows, touchpoint.does] = lanes;
  });
  const themeIndex = new Map(content.themes.map((theme, index) => [theme.id, index]));
  content.evidence.forEach((item, index) => {
    item.tags = texts.tags[index] ?? [];
    item.principleIds = THEME_PRINCIPLES[themeIndex.get(item.themeId) ?? -1] ?? [];
  });
  for (const [participant, principle, comment, evidence] of texts.comments) {
    const rating = content.ratings.find(
      (r) =>
        r.participantId === content.participants[participant]?.id &&
        r.principleId === PRINCIPLE_IDS[principle],
    );
    if (!rating) continue;
    rating.comment = comment;
    const cited = evidence === null ? undefined : content.evidence[evidence]?.id;
    rating.evidenceIds = cited ? [cited] : [];
  }
  const reception = content.touchpoints[RECEPTION_TOUCHPOINT]?.id;
  content.actions.forEach((action, index) => {
    action.addresses = [...(ACTION_PRINCIPLES[index] ?? [])];
    if (index === 0 && reception) action.addresses.push(reception);
    action.expectedEffect = texts.effects[index] ?? '';
  });
  const held = content.reviews.find((review) => review.isHeld);
  if (!held) return;
  held.actionNotes.forEach((note, index) => {
    note.note = texts.reviewNotes[index] ?? '';
  });
  const reRatings: Rating[] = content.ratings
    .filter((rating) => rating.reviewId === '' && rating.score !== null)
    .map((rating) => ({
      ...rating,
      id: newId(),
      reviewId: held.id,
      comment: '',
      evidenceIds: [],
      score: lifted(rating.score, REVIEW_LIFT[PRINCIPLE_IDS.indexOf(rating.principleId)] ?? 0),
    }));
  content.ratings.push(...reRatings);
  addStaffReRatings(content, held.id, texts.staffReviewComment, newId);
}

/** The staff rate their experience again at the held review, so the staff trend shows at once. */
function addStaffReRatings(
  content: WorkshopContent,
  reviewId: string,
  comment: string,
  newId: () => string,
): void {
  const commenter = content.participants[STAFF_REVIEW_COMMENTER]?.id;
  const reRatings: StaffRating[] = baselineRatings(content.staffRatings).map((rating) => ({
    ...rating,
    id: newId(),
    reviewId,
    comment: rating.participantId === commenter && rating.statementId === 'workload' ? comment : '',
    score: lifted(rating.score, STAFF_REVIEW_LIFT[rating.statementId]),
  }));
  content.staffRatings.push(...reRatings);
}
