import { REVIEW_FIELD_DEFAULTS } from '../defaults';
import type { Language } from '../types';
import type { WorkshopContent } from '../workshop-content';
import { sampleTextsEn } from './texts-en';
import { sampleTextsFi } from './texts-fi';

const TEXTS = { fi: sampleTextsFi, en: sampleTextsEn };
/** Dots from the sample participants: [participant index, action index, dots]. */
const VOTES: [number, number, number][] = [
  [0, 0, 2],
  [0, 2, 3],
  [1, 2, 3],
  [1, 1, 2],
  [2, 0, 3],
  [2, 4, 2],
  [3, 0, 3],
  [3, 1, 2],
  [4, 1, 3],
  [4, 0, 2],
  [5, 0, 4],
  [5, 3, 1],
];

function daysFrom(now: Date, days: number): string {
  const date = new Date(now);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/**
 * Small improvements, two routines, start dates, dot votes and one past follow-up review for the
 * sample path.
 */
export function addPathSample(
  content: WorkshopContent,
  language: Language,
  newId: () => string,
  now: Date,
): void {
  const stamp = now.toISOString();
  const base = { workshopId: content.workshop.id, createdAt: stamp, updatedAt: stamp };
  const [first, second, third] = content.actions;
  if (first) first.quickWinRank = 1;
  if (second) second.quickWinRank = 2;
  if (third) third.quickWinRank = 3;
  // The weekly feedback huddle and the monthly report are meant to become routines.
  const huddle = content.actions[1];
  const report = content.actions[4];
  if (huddle) huddle.cadence = 'weekly';
  if (report) report.cadence = 'monthly';
  content.actions.forEach((action, index) => {
    action.startDate = daysFrom(now, index * 10 - 20);
    const indicator = content.indicators[index % Math.max(1, content.indicators.length)];
    action.indicatorId = indicator?.id ?? '';
  });
  content.votes = VOTES.flatMap(([participant, action, dots]) => {
    const participantId = content.participants[participant]?.id;
    const actionId = content.actions[action]?.id;
    return participantId && actionId
      ? [{ ...base, id: newId(), participantId, actionId, dots }]
      : [];
  });
  const review = TEXTS[language].review;
  content.reviews = [
    {
      ...base,
      id: newId(),
      date: daysFrom(now, -7),
      ...review,
      isHeld: true,
      actionNotes: content.actions
        .slice(0, 2)
        .map((action) => ({ actionId: action.id, status: action.status, note: '' })),
      routineChecks: huddle ? [{ actionId: huddle.id, outcome: 'happened' }] : [],
      changeAgentReport: '',
      wordOfMouthGood: null,
      wordOfMouthBad: null,
      indicatorReadings: [],
    },
    {
      ...base,
      ...structuredClone(REVIEW_FIELD_DEFAULTS),
      id: newId(),
      date: daysFrom(now, 83),
      reporter: review.reporter,
      format: review.format,
    },
  ];
}
