import type { Language } from '../types';
import type { WorkshopContent } from '../workshop-content';
import { METHOD_TEXTS } from './method-texts';

/** The sample's change agent, the sponsor's commitment and the change agent's report. */
export function addMethodSample(content: WorkshopContent, language: Language): void {
  const texts = METHOD_TEXTS[language];
  Object.assign(content.workshop, texts.changeAgent);
  const held = content.reviews.find((review) => review.isHeld);
  if (held) held.changeAgentReport = texts.changeAgentReport;
}
