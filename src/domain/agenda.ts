import { readTimer } from './timer';
import type { AgendaStep, Language, TimerState } from './types';

/** The method's steps in the order a half-day workshop usually runs them. */
export const AGENDA_KINDS = [
  'intro',
  'feedbackReview',
  'customerStories',
  'staffExperiences',
  'values',
  'journey',
  'assessment',
  'target',
  'actions',
  'prioritisation',
  'quickWins',
  'closing',
] as const;

export type AgendaKind = (typeof AGENDA_KINDS)[number];
export const CUSTOM_KIND = 'custom';

export function isAgendaKind(value: string): value is AgendaKind {
  return (AGENDA_KINDS as readonly string[]).includes(value);
}

/** Minutes for a half-day (3 h 35 min, room for a break); every figure can be edited. */
export const TEMPLATE_MINUTES: Record<AgendaKind, number> = {
  intro: 15,
  feedbackReview: 20,
  customerStories: 15,
  staffExperiences: 15,
  values: 10,
  journey: 30,
  assessment: 25,
  target: 20,
  actions: 25,
  prioritisation: 20,
  quickWins: 10,
  closing: 10,
};

/** Step titles in the workshop's own language: they are content, stored and editable. */
export const TEMPLATE_TITLES: Record<Language, Record<AgendaKind, string>> = {
  en: {
    intro: 'Opening and purpose',
    feedbackReview: 'What customer feedback tells us',
    customerStories: 'Customer stories',
    staffExperiences: 'Staff experiences',
    values: 'Mission, vision and values',
    journey: 'Customer journey and critical moments',
    assessment: 'Rating the seven principles',
    target: 'Target culture and promises',
    actions: 'Actions',
    prioritisation: 'Prioritising the actions',
    quickWins: 'The first three small improvements',
    closing: 'Closing and next steps',
  },
  fi: {
    intro: 'Avaus ja tarkoitus',
    feedbackReview: 'Mitä asiakaspalaute kertoo',
    customerStories: 'Asiakastarinat',
    staffExperiences: 'Henkilöstön kokemukset',
    values: 'Toiminta-ajatus, visio ja arvot',
    journey: 'Asiakaspolku ja kriittiset hetket',
    assessment: 'Seitsemän periaatteen arviointi',
    target: 'Tavoitekulttuuri ja lupaukset',
    actions: 'Toimenpiteet',
    prioritisation: 'Toimenpiteiden priorisointi',
    quickWins: 'Kolme ensimmäistä pientä parannusta',
    closing: 'Lopetus ja jatko',
  },
};

export type NewAgendaStep = Omit<AgendaStep, 'id' | 'workshopId' | 'createdAt' | 'updatedAt'>;

/** The template agenda, ready to store. */
export function templateAgenda(language: Language): NewAgendaStep[] {
  return AGENDA_KINDS.map((kind, order) => ({
    kind,
    title: TEMPLATE_TITLES[language][kind],
    minutes: TEMPLATE_MINUTES[kind],
    order,
    isSkipped: false,
    notes: '',
  }));
}

/** Steps that will be run, in order. */
export function activeSteps(steps: readonly AgendaStep[]): AgendaStep[] {
  return [...steps].filter((step) => !step.isSkipped).sort((a, b) => a.order - b.order);
}

export function totalMinutes(steps: readonly AgendaStep[]): number {
  return activeSteps(steps).reduce((sum, step) => sum + step.minutes, 0);
}

/** "HH:MM" → minutes after midnight; null when empty or not a time. */
export function parseClock(text: string): number | null {
  const match = /^(\d{1,2}):(\d{2})$/.exec(text.trim());
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  return hours < 24 && minutes < 60 ? hours * 60 + minutes : null;
}

export function formatClockTime(minutesOfDay: number): string {
  const wrapped = ((Math.round(minutesOfDay) % 1440) + 1440) % 1440;
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${pad(Math.floor(wrapped / 60))}:${pad(wrapped % 60)}`;
}

/** Planned clock time of each step that is run ("" for skipped steps or without a start time). */
export function plannedClockTimes(
  steps: readonly AgendaStep[],
  startTime: string,
): Map<string, string> {
  const start = parseClock(startTime);
  const times = new Map<string, string>();
  let offset = 0;
  for (const step of activeSteps(steps)) {
    times.set(step.id, start === null ? '' : formatClockTime(start + offset));
    offset += step.minutes;
  }
  return times;
}

export type WorkshopProgress = {
  plannedMinutes: number;
  /** Time left if the rest goes to plan: what is left of the current step plus the later steps. */
  remainingMs: number;
  /** How far the current step has run over its time. */
  overrunMs: number;
  /** Planned and projected end as "HH:MM", when a start time is set. */
  plannedEnd: string;
  projectedEnd: string;
  /** Projected minus planned end in minutes (positive = behind the plan). */
  behindMinutes: number | null;
};

/**
 * The whole workshop's time left vs the plan. `nowMinutesOfDay` is the local clock time, used
 * only to project the end.
 */
export function workshopProgress(
  steps: readonly AgendaStep[],
  timer: TimerState | null,
  now: number,
  startTime: string,
  nowMinutesOfDay: number,
): WorkshopProgress {
  const active = activeSteps(steps);
  const planned = totalMinutes(steps);
  const index = timer ? active.findIndex((step) => step.id === timer.stepId) : -1;
  let remainingMs = planned * 60_000;
  let overrunMs = 0;
  if (timer && index >= 0) {
    const reading = readTimer(timer, active[index]!.minutes, now);
    const later = active.slice(index + 1).reduce((sum, step) => sum + step.minutes, 0);
    remainingMs = Math.max(0, reading.remainingMs) + later * 60_000;
    overrunMs = Math.max(0, -reading.remainingMs);
  }
  const start = parseClock(startTime);
  if (start === null) {
    return {
      plannedMinutes: planned,
      remainingMs,
      overrunMs,
      plannedEnd: '',
      projectedEnd: '',
      behindMinutes: null,
    };
  }
  const projected = nowMinutesOfDay + remainingMs / 60_000;
  const isStarted = timer !== null && index >= 0;
  return {
    plannedMinutes: planned,
    remainingMs,
    overrunMs,
    plannedEnd: formatClockTime(start + planned),
    projectedEnd: isStarted ? formatClockTime(projected) : '',
    behindMinutes: isStarted ? Math.round(projected - (start + planned)) : null,
  };
}

/** The step after or before `stepId` among those run; the first one when none is current. */
export function neighbourStep(
  steps: readonly AgendaStep[],
  stepId: string | undefined,
  direction: -1 | 1,
): AgendaStep | undefined {
  const active = activeSteps(steps);
  const index = active.findIndex((step) => step.id === stepId);
  if (index < 0) return active[0];
  return active[index + direction];
}
