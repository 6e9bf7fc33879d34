import type { Language } from '../types';
import type { WorkshopContent } from '../workshop-content';
import { ASSESSMENT_TEXTS } from './assessment-texts';
import { METHOD_TEXTS } from './method-texts';

/**
 * The sample's customer relationship now and as the change we want, the change agent and the
 * sponsor's commitment, the word-of-mouth target (3/18 → 6/12)
 * the segments each moment, indicator and action serves and, at the held review, the change
 * agent's report, word of mouth measured again and a reading of each indicator.
 */
export function addMethodSample(content: WorkshopContent, language: Language): void {
  const texts = METHOD_TEXTS[language];
  Object.assign(content.workshop, texts.changeAgent, texts.relationship, {
    wordOfMouthGoodTarget: 6,
    wordOfMouthBadTarget: 12,
  });
  linkSegments(content);
  const held = content.reviews.find((review) => review.isHeld);
  if (held)
    Object.assign(held, {
      changeAgentReport: texts.changeAgentReport,
      wordOfMouthGood: 4,
      wordOfMouthBad: 15,
      indicatorReadings: content.indicators.map((indicator, index) => ({
        indicatorId: indicator.id,
        value: ASSESSMENT_TEXTS[language].indicators[index]?.atReview ?? '',
      })),
    });
}

/** Which segments the sample's critical moments, indicators and actions serve. */
function linkSegments(content: WorkshopContent): void {
  const ids = content.segments.map((segment) => segment.id);
  content.touchpoints
    .filter((touchpoint) => touchpoint.isCritical)
    .forEach((touchpoint, index) => {
      touchpoint.segmentIds = ids.filter((_, at) => (index + at) % 2 === 0);
    });
  content.indicators.forEach((indicator, index) => {
    indicator.segmentIds = ids.slice(
      index % Math.max(1, ids.length),
      (index % Math.max(1, ids.length)) + 1,
    );
  });
  // The queue notice serves both segments, the sales promises the meeting guests, the huddle and
  // the training the holidaymakers; the monthly report serves no segment directly.
  const plan: number[][] = [[0, 1], [0], [1], [0], []];
  content.actions.forEach((action, index) => {
    action.segmentIds = (plan[index] ?? []).flatMap((at) => (ids[at] ? [ids[at]] : []));
  });
}
