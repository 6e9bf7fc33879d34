import { PRINCIPLE_IDS, type PrincipleId } from '../principles';
import type { Language, Rating, Score } from '../types';
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
      score: Math.min(
        5,
        (rating.score ?? 0) + (REVIEW_LIFT[PRINCIPLE_IDS.indexOf(rating.principleId)] ?? 0),
      ) as Score,
    }));
  content.ratings.push(...reRatings);
}
