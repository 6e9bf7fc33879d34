/**
 * The data model: every stored record, as its schema in `model/` describes it. Every record has
 * a string id (crypto.randomUUID) and an ISO `updatedAt`, so backups can merge and a sync layer
 * can be added later without reshaping the data. Rows of child tables carry `workshopId`.
 * References between records are ids. The types are inferred from the schemas (type-only
 * imports: zod stays out of the modules that use them).
 */
import type * as z from 'zod/mini';
import type {
  indicatorSchema,
  participantSchema,
  promiseSchema,
  ratingSchema,
  staffRatingSchema,
} from './model/assessment-schema';
import type {
  evidenceSchema,
  namedSchema,
  orgValueSchema,
  segmentSchema,
  touchpointSchema,
} from './model/current-state-schema';
import type {
  agendaStepSchema,
  roomSessionSchema,
  snapshotSchema,
} from './model/facilitation-schema';
import type { liveRoomSchema } from './model/live-room-schema';
import type {
  actionSchema,
  reviewActionNoteSchema,
  reviewSchema,
  voteSchema,
} from './model/path-schema';
import type {
  listEntrySchema,
  redactionNameSchema,
  statementUseSchema,
  timerSchema,
  workshopSchema,
} from './model/workshop-schema';
import type { setScore } from './model/fields';

export * from './model/enums';

/** A 1–5 score; null means "not set" or "don't know". */
export type Score = z.infer<typeof setScore>;
export type ListEntry = z.infer<typeof listEntrySchema>;
export type StatementUse = z.infer<typeof statementUseSchema>;
export type TimerState = z.infer<typeof timerSchema>;
export type RedactionName = z.infer<typeof redactionNameSchema>;
export type ReviewActionNote = z.infer<typeof reviewActionNoteSchema>;

export type Workshop = z.infer<typeof workshopSchema>;
export type EvidenceItem = z.infer<typeof evidenceSchema>;
export type Theme = z.infer<typeof namedSchema>;
export type JourneyStage = z.infer<typeof namedSchema>;
export type Touchpoint = z.infer<typeof touchpointSchema>;
export type Segment = z.infer<typeof segmentSchema>;
export type OrgValue = z.infer<typeof orgValueSchema>;
export type Participant = z.infer<typeof participantSchema>;
export type Rating = z.infer<typeof ratingSchema>;
export type StaffRating = z.infer<typeof staffRatingSchema>;
export type CustomerPromise = z.infer<typeof promiseSchema>;
export type Indicator = z.infer<typeof indicatorSchema>;
export type Action = z.infer<typeof actionSchema>;
export type Vote = z.infer<typeof voteSchema>;
export type Review = z.infer<typeof reviewSchema>;
export type AgendaStep = z.infer<typeof agendaStepSchema>;
export type RoomSession = z.infer<typeof roomSessionSchema>;
export type Snapshot = z.infer<typeof snapshotSchema>;
export type LiveRoomRecord = z.infer<typeof liveRoomSchema>;
