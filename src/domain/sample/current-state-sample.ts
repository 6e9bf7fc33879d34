import type { Language, Touchpoint } from '../types';
import type { WorkshopContent } from '../workshop-content';
import { currentStateEn } from './current-state-en';
import { currentStateFi } from './current-state-fi';
import { SAMPLE_EVIDENCE_PRINCIPLES } from './evidence-principles';

const TEXTS = { fi: currentStateFi, en: currentStateEn };

function daysBefore(now: Date, days: number): string {
  const date = new Date(now);
  date.setUTCDate(date.getUTCDate() - days);
  return date.toISOString().slice(0, 10);
}

/** Adds a believable phase-1 analysis to the sample: journey, segments, values, evidence, themes. */
export function addCurrentStateSample(
  content: WorkshopContent,
  language: Language,
  newId: () => string,
  now: Date,
): void {
  const texts = TEXTS[language];
  const stamp = now.toISOString();
  const workshopId = content.workshop.id;
  const base = { workshopId, createdAt: stamp, updatedAt: stamp };
  Object.assign(content.workshop, {
    mission: texts.mission,
    vision: texts.vision,
    wordOfMouthGood: 3,
    wordOfMouthBad: 18,
  });

  content.orgValues = texts.values.map(([name, cultureNote], order) => ({
    ...base,
    id: newId(),
    name,
    cultureNote,
    order,
  }));
  content.segments = texts.segments.map((segment, order) => ({
    ...base,
    id: newId(),
    ...segment,
    order,
  }));
  const touchpoints: Touchpoint[] = [];
  content.journeyStages = texts.stages.map((stage, order) => {
    const stageId = newId();
    stage.touchpoints.forEach((touchpoint, index) => {
      const [feels, knows, does] = touchpoint.lanes ?? ['', '', ''];
      touchpoints.push({
        ...base,
        id: newId(),
        stageId,
        name: touchpoint.name,
        segmentIds: [],
        order: index,
        isCritical: Boolean(touchpoint.critical),
        importance: touchpoint.critical?.[0] ?? null,
        performance: touchpoint.critical?.[1] ?? null,
        targetLevel: null,
        feels,
        knows,
        does,
      });
    });
    return { ...base, id: stageId, name: stage.name, order };
  });
  content.touchpoints = touchpoints;
  content.themes = texts.themes.map((name, order) => ({ ...base, id: newId(), name, order }));
  content.evidence = texts.evidence.map(
    ([text, kind, tone, channel, touchpoint, segment, theme], index) => ({
      ...base,
      // Spread over the last months, newest first in the board.
      createdAt: new Date(now.getTime() - index * 60_000).toISOString(),
      id: newId(),
      text,
      kind,
      tone,
      channel,
      touchpointId: touchpoints[touchpoint]?.id ?? '',
      segmentId: content.segments[segment]?.id ?? '',
      themeId: content.themes[theme]?.id ?? '',
      date: daysBefore(now, 5 + index * 3),
      tags: [],
      principleIds: [...(SAMPLE_EVIDENCE_PRINCIPLES[index] ?? [])],
      rejectedPrincipleIds: [],
    }),
  );
}
