import type {
  Action,
  AgendaStep,
  CustomerPromise,
  EvidenceItem,
  Indicator,
  JourneyStage,
  OrgValue,
  Participant,
  Rating,
  Review,
  RoomSession,
  Segment,
  Theme,
  Touchpoint,
  Vote,
  Workshop,
} from './types';

/** One workshop with all of its content, table by table (what a backup or the PDF holds). */
export type WorkshopContent = {
  workshop: Workshop;
  actions: Action[];
  evidence: EvidenceItem[];
  themes: Theme[];
  journeyStages: JourneyStage[];
  touchpoints: Touchpoint[];
  segments: Segment[];
  orgValues: OrgValue[];
  participants: Participant[];
  ratings: Rating[];
  promises: CustomerPromise[];
  indicators: Indicator[];
  votes: Vote[];
  reviews: Review[];
  agendaSteps: AgendaStep[];
  roomSessions: RoomSession[];
};

export type ContentTable = Exclude<keyof WorkshopContent, 'workshop'>;

export const CONTENT_TABLES: readonly ContentTable[] = [
  'actions',
  'evidence',
  'themes',
  'journeyStages',
  'touchpoints',
  'segments',
  'orgValues',
  'participants',
  'ratings',
  'promises',
  'indicators',
  'votes',
  'reviews',
  'agendaSteps',
  'roomSessions',
];

export function emptyContent(workshop: Workshop): WorkshopContent {
  return {
    workshop,
    actions: [],
    evidence: [],
    themes: [],
    journeyStages: [],
    touchpoints: [],
    segments: [],
    orgValues: [],
    participants: [],
    ratings: [],
    promises: [],
    indicators: [],
    votes: [],
    reviews: [],
    agendaSteps: [],
    roomSessions: [],
  };
}

const byOrder = (a: { order: number }, b: { order: number }) => a.order - b.order;

/** Sorts the ordered tables so every reader sees the same order. */
export function sortContent(content: WorkshopContent): WorkshopContent {
  return {
    ...content,
    actions: [...content.actions].sort(byOrder),
    themes: [...content.themes].sort(byOrder),
    journeyStages: [...content.journeyStages].sort(byOrder),
    touchpoints: [...content.touchpoints].sort(byOrder),
    segments: [...content.segments].sort(byOrder),
    orgValues: [...content.orgValues].sort(byOrder),
    participants: [...content.participants].sort(byOrder),
    promises: [...content.promises].sort(byOrder),
    indicators: [...content.indicators].sort(byOrder),
    reviews: [...content.reviews].sort((a, b) => a.date.localeCompare(b.date)),
    agendaSteps: [...content.agendaSteps].sort(byOrder),
  };
}
