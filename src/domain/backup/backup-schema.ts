import * as z from 'zod/mini';
import {
  ACTION_DEFAULTS_V11,
  ACTION_DEFAULTS_V4,
  REVIEW_DEFAULTS_V11,
  REVIEW_DEFAULTS_V15,
  SEGMENT_LINK_DEFAULTS_V11,
  STAFF_RATING_DEFAULTS_V16,
  EVIDENCE_DEFAULTS_V8,
  WORKSHOP_DEFAULTS_V10,
  WORKSHOP_DEFAULTS_V11,
  WORKSHOP_DEFAULTS_V13,
  WORKSHOP_DEFAULTS_V2,
  WORKSHOP_DEFAULTS_V3,
  WORKSHOP_DEFAULTS_V4,
  WORKSHOP_DEFAULTS_V6,
  WORKSHOP_DEFAULTS_V9,
} from '../defaults';
import {
  indicatorSchema,
  participantSchema,
  promiseSchema,
  ratingSchema,
  staffRatingSchema,
} from '../model/assessment-schema';
import {
  evidenceSchema,
  namedSchema,
  orgValueSchema,
  segmentSchema,
  touchpointSchema,
} from '../model/current-state-schema';
import { agendaStepSchema, roomSessionSchema } from '../model/facilitation-schema';
import { timestamp } from '../model/fields';
import { actionSchema, reviewSchema, voteSchema } from '../model/path-schema';
import { workshopSchema } from '../model/workshop-schema';

/**
 * The backup file format, version 1: the record schemas of the data model, with defaults for the
 * fields a file written by an earlier app may lack. The same schema validates imports and
 * generates the JSON Schema in docs/backup-format.md. Unknown keys are dropped; over-long texts
 * are cut (the record schemas do that for every write too).
 */
function withDefaults<S extends z.ZodMiniObject>(
  schema: S,
  defaults: Partial<Record<keyof S['shape'], unknown>>,
): S {
  const shape = schema.shape as Record<string, z.ZodMiniType>;
  const defaulted = Object.fromEntries(
    Object.entries(defaults).map(([field, value]) => [field, z._default(shape[field]!, value)]),
  );
  // Defaults change what may be left out, never the type of what comes out.
  return z.extend(schema, defaulted) as unknown as S;
}

/** A table of the workshop: a list of its rows, empty when the file leaves it out. */
const rows = <S extends z.ZodMiniType>(schema: S) => z._default(z.array(schema), []);

const workshop = withDefaults(z.omit(workshopSchema, { deletedAt: true }), {
  ...WORKSHOP_DEFAULTS_V2,
  ...WORKSHOP_DEFAULTS_V3,
  ...WORKSHOP_DEFAULTS_V4,
  ...WORKSHOP_DEFAULTS_V6,
  ...WORKSHOP_DEFAULTS_V9,
  ...WORKSHOP_DEFAULTS_V10,
  ...WORKSHOP_DEFAULTS_V11,
  ...WORKSHOP_DEFAULTS_V13,
});

export const workshopContentSchema = z.object({
  workshop,
  actions: rows(withDefaults(actionSchema, { ...ACTION_DEFAULTS_V4, ...ACTION_DEFAULTS_V11 })),
  evidence: rows(withDefaults(evidenceSchema, { principleIds: [], ...EVIDENCE_DEFAULTS_V8 })),
  themes: rows(namedSchema),
  journeyStages: rows(namedSchema),
  touchpoints: rows(
    withDefaults(touchpointSchema, { targetLevel: null, feels: '', knows: '', does: '' }),
  ),
  segments: rows(segmentSchema),
  orgValues: rows(orgValueSchema),
  participants: rows(participantSchema),
  ratings: rows(ratingSchema),
  staffRatings: rows(withDefaults(staffRatingSchema, STAFF_RATING_DEFAULTS_V16)),
  promises: rows(promiseSchema),
  indicators: rows(withDefaults(indicatorSchema, SEGMENT_LINK_DEFAULTS_V11)),
  votes: rows(voteSchema),
  reviews: rows(withDefaults(reviewSchema, { ...REVIEW_DEFAULTS_V11, ...REVIEW_DEFAULTS_V15 })),
  agendaSteps: rows(agendaStepSchema),
  roomSessions: rows(roomSessionSchema),
});

export const BACKUP_FORMAT = 'palvelupolku-backup';
export const BACKUP_VERSION = 1;

export const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: timestamp,
  /** A redacted copy: personal data replaced, not the original work (absent in a full backup). */
  redacted: z.optional(z.boolean()),
  workshops: z.array(workshopContentSchema).check(z.maxLength(1000)),
});
