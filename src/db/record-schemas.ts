/**
 * Every table's record schema, and the checks every repository write runs with them. Loaded on
 * the first write (see write-checks.ts), so zod stays out of the first load.
 */
import * as z from 'zod/mini';
import {
  indicatorSchema,
  participantSchema,
  promiseSchema,
  ratingSchema,
  staffRatingSchema,
} from '../domain/model/assessment-schema';
import {
  evidenceSchema,
  namedSchema,
  orgValueSchema,
  segmentSchema,
  touchpointSchema,
} from '../domain/model/current-state-schema';
import {
  agendaStepSchema,
  roomSessionSchema,
  snapshotSchema,
} from '../domain/model/facilitation-schema';
import { liveRoomSchema } from '../domain/model/live-room-schema';
import { actionSchema, reviewSchema, voteSchema } from '../domain/model/path-schema';
import { workshopSchema } from '../domain/model/workshop-schema';
import type { RowOf, TableName } from './database';
import { StorageError } from './errors';

export const RECORD_SCHEMAS = {
  workshops: workshopSchema,
  actions: actionSchema,
  evidence: evidenceSchema,
  themes: namedSchema,
  journeyStages: namedSchema,
  touchpoints: touchpointSchema,
  segments: segmentSchema,
  orgValues: orgValueSchema,
  participants: participantSchema,
  ratings: ratingSchema,
  staffRatings: staffRatingSchema,
  promises: promiseSchema,
  indicators: indicatorSchema,
  votes: voteSchema,
  reviews: reviewSchema,
  snapshots: snapshotSchema,
  agendaSteps: agendaStepSchema,
  roomSessions: roomSessionSchema,
  liveRooms: liveRoomSchema,
} satisfies { [T in TableName]: z.ZodMiniType<RowOf<T>> };

type Checked<T> = { success: true; data: T } | { success: false; error: z.core.$ZodError };

/** Turns the first problem into a StorageError naming the table and field. */
function refuse(table: TableName, error: z.core.$ZodError): StorageError {
  const issue = error.issues[0];
  const field = [table, ...(issue?.path ?? [])].join('.');
  return new StorageError(issue?.code === 'too_big' ? 'overLimit' : 'invalidInput', error, field);
}

/**
 * A whole record as it will be stored: texts cut to their limits, unknown fields dropped.
 * Throws StorageError `overLimit` (a list too long, a number too large) or `invalidInput`.
 */
export function checkRow<T extends TableName>(table: T, row: RowOf<T>): RowOf<T> {
  const result = RECORD_SCHEMAS[table].safeParse(row) as Checked<RowOf<T>>;
  if (!result.success) throw refuse(table, result.error);
  return result.data;
}

const patchSchemas = new Map<TableName, z.ZodMiniType>();

/** The fields a write changes, checked as `checkRow` checks a whole record. */
export function checkPatch<T extends TableName>(
  table: T,
  patch: Partial<RowOf<T>>,
): Partial<RowOf<T>> {
  let schema = patchSchemas.get(table);
  if (!schema) {
    schema = z.partial(RECORD_SCHEMAS[table] as z.ZodMiniObject);
    patchSchemas.set(table, schema);
  }
  const result = schema.safeParse(patch) as Checked<Partial<RowOf<T>>>;
  if (!result.success) throw refuse(table, result.error);
  return result.data;
}
