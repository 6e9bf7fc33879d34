/** Facilitation (v6), history snapshots (v5) and room mode (v7). */
import * as z from 'zod/mini';
import { ROOM_ACTIVITIES, ROOM_STATUSES, SNAPSHOT_REASONS } from './enums';
import { integer, longText, order, owned, shortText, timestamp } from './fields';

/** Table `agendaSteps`: a timeboxed step of the workshop agenda. */
export const agendaStepSchema = z.object({
  ...owned,
  /** Method step it comes from (intro, feedbackReview…), or 'custom'. */
  kind: shortText,
  title: shortText,
  minutes: integer(0, 1000),
  order,
  isSkipped: z.boolean(),
  /** Facilitator's notes: never shown in presentation mode or the PDF. */
  notes: longText,
});

/** Table `roomSessions`: one round of entries on one device, hidden until revealed. */
export const roomSessionSchema = z.object({
  ...owned,
  activity: z.enum(ROOM_ACTIVITIES),
  status: z.enum(ROOM_STATUSES),
  /** PBKDF2-SHA-256 of the facilitator's PIN, hex; the PIN itself is never stored. */
  pinHash: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  /** Random salt of the hash, hex. */
  pinSalt: z.string().check(z.regex(/^[0-9a-f]{32}$/)),
  isAnonymous: z.boolean(),
  /** How many participants have finished their entry. */
  entryCount: integer(0, 10_000),
  /** ISO timestamp of the reveal; '' until then. */
  revealedAt: timestamp,
});

/** Table `snapshots`: an automatic local copy of one workshop, for the History view. */
export const snapshotSchema = z.object({
  ...owned,
  takenAt: timestamp,
  reason: z.enum(SNAPSHOT_REASONS),
  /** The serialised workshop with its rows (see domain/snapshot.ts). */
  data: z.string(),
  /** The schema version the rows were written with (older ones are upgraded on restore). */
  schemaVersion: z.optional(integer(1, 1000)),
  /** Rows per table when it was taken, for the History view's summary. */
  counts: z.optional(z.record(z.string(), z.int().check(z.minimum(0)))),
});
