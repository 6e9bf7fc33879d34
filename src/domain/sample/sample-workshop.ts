import { ACTION_FIELD_DEFAULTS, WORKSHOP_FIELD_DEFAULTS } from '../defaults';
import type { Action, Language, Workshop } from '../types';
import { emptyContent, type WorkshopContent } from '../workshop-content';
import { addAgendaSample } from './agenda-sample';
import { addAssessmentSample } from './assessment-sample';
import { addCurrentStateSample } from './current-state-sample';
import { addFinishingTouches } from './finishing-touches';
import { addMethodSample } from './method-sample';
import { addPathSample } from './path-sample';
import { sampleTextsEn } from './texts-en';
import { sampleTextsFi } from './texts-fi';
import type { SampleTexts } from './sample-texts';

export type SampleWorkshop = WorkshopContent;

const TEXTS: Record<Language, SampleTexts> = { fi: sampleTextsFi, en: sampleTextsEn };

function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** A fictional, filled-in workshop so a newcomer sees a whole plan at once. */
export function buildSampleWorkshop(
  language: Language,
  newId: () => string,
  now: Date,
): SampleWorkshop {
  const texts = TEXTS[language];
  const stamp = now.toISOString();
  const today = stamp.slice(0, 10);
  const workshopId = newId();
  const workshop: Workshop = {
    ...structuredClone(WORKSHOP_FIELD_DEFAULTS),
    id: workshopId,
    organisation: texts.organisation,
    title: texts.title,
    // Held a month ago, so the follow-up review a week ago comes after it.
    date: addDays(today, -30),
    facilitator: texts.facilitator,
    mode: 'facilitated',
    language,
    currentStatement: texts.currentStatement,
    strengths: texts.strengths.map((text) => ({ id: newId(), text })),
    weaknesses: texts.weaknesses.map((text) => ({ id: newId(), text })),
    targetStatement: texts.targetStatement,
    createdAt: stamp,
    updatedAt: stamp,
  };
  const actions: Action[] = texts.actions.map((action, order) => ({
    ...structuredClone(ACTION_FIELD_DEFAULTS),
    id: newId(),
    workshopId,
    title: action.title,
    owner: action.owner,
    dueDate: addDays(today, action.dueInDays),
    status: action.status,
    category: action.category,
    impact: action.impact,
    effort: action.effort,
    description: action.description,
    order,
    createdAt: stamp,
    updatedAt: stamp,
  }));
  const content = { ...emptyContent(workshop), actions };
  addCurrentStateSample(content, language, newId, now);
  addAssessmentSample(content, language, newId, now);
  addPathSample(content, language, newId, now);
  addAgendaSample(content, language, newId, now);
  addFinishingTouches(content, language, newId);
  addMethodSample(content, language);
  return content;
}
