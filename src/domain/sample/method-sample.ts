import type { Language } from '../types';
import type { WorkshopContent } from '../workshop-content';
import { METHOD_TEXTS } from './method-texts';

/**
 * The sample's customer relationship now and as the change we want, the change agent and the
 * sponsor's commitment, the word-of-mouth target (3/18 → 6/12)
 * and, at the held review, the change agent's report and word of mouth measured again.
 */
export function addMethodSample(content: WorkshopContent, language: Language): void {
  const texts = METHOD_TEXTS[language];
  Object.assign(content.workshop, texts.changeAgent, texts.relationship, {
    wordOfMouthGoodTarget: 6,
    wordOfMouthBadTarget: 12,
  });
  const held = content.reviews.find((review) => review.isHeld);
  if (held)
    Object.assign(held, {
      changeAgentReport: texts.changeAgentReport,
      wordOfMouthGood: 4,
      wordOfMouthBad: 15,
    });
}
