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
  StaffRating,
  Review,
  RoomSession,
  Segment,
  Theme,
  Touchpoint,
  Vote,
  Workshop,
} from './types';
import type { Assert, Equal } from './model/type-checks';

/** The record of each table that holds a workshop's content, by table name. */
export type ContentRecords = {
  actions: Action;
  evidence: EvidenceItem;
  themes: Theme;
  journeyStages: JourneyStage;
  touchpoints: Touchpoint;
  segments: Segment;
  orgValues: OrgValue;
  participants: Participant;
  ratings: Rating;
  staffRatings: StaffRating;
  promises: CustomerPromise;
  indicators: Indicator;
  votes: Vote;
  reviews: Review;
  agendaSteps: AgendaStep;
  roomSessions: RoomSession;
};

export type ContentTable = keyof ContentRecords;

/**
 * One workshop with every row of its content, table by table: what a backup, a snapshot, a
 * duplicate, the sample and the PDF hold. The one shape for "a workshop with all its rows".
 */
export type WorkshopContent = { workshop: Workshop } & {
  [T in ContentTable]: ContentRecords[T][];
};

/** The content tables in the order backups and snapshots write them. */
export const CONTENT_TABLES = [
  'actions',
  'evidence',
  'themes',
  'journeyStages',
  'touchpoints',
  'segments',
  'orgValues',
  'participants',
  'ratings',
  'staffRatings',
  'promises',
  'indicators',
  'votes',
  'reviews',
  'agendaSteps',
  'roomSessions',
] as const satisfies readonly ContentTable[];

/** Compile-time: a content table left out of the list above fails the typecheck here. */
export type ContentTablesListed = Assert<Equal<ContentTable, (typeof CONTENT_TABLES)[number]>>;

export function emptyContent(workshop: Workshop): WorkshopContent {
  const content: Record<string, unknown> = { workshop };
  for (const table of CONTENT_TABLES) content[table] = [];
  return content as WorkshopContent;
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
