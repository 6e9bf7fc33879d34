/**
 * Building blocks of the record schemas. Texts are cut to their limit rather than refused, so a
 * long paste is kept as far as it fits (the backup format documents the same); every other
 * limit (list lengths, number ranges, enums, formats) refuses the value.
 */
import * as z from 'zod/mini';
import { LIMITS } from '../limits';
import { PRINCIPLE_IDS } from '../principles';
import { STAFF_STATEMENT_IDS } from '../staff-statements';

// The app's Content-Security-Policy forbids eval: zod must not compile parsers with `new Function`
// (nor probe whether it may, which a strict CSP reports as a violation).
z.config({ jitless: true });

/** A text cut to `max` characters. */
export const text = (max: number) => z.string().check(z.overwrite((value) => value.slice(0, max)));
/** Names, titles, owners, channels: one line. */
export const shortText = text(LIMITS.shortText);
/** Statements, descriptions, notes. */
export const longText = text(LIMITS.longText);
/** One entry of a list, a comment, a lane of a touchpoint. */
export const entryText = text(LIMITS.listEntry);
/** A short text that must not be blank. */
export const requiredText = shortText.check(
  z.refine((value) => value.trim().length > 0, 'required'),
);

export const id = z.string().check(z.minLength(1), z.maxLength(100));
/** The id of another record, or '' when there is none. */
export const reference = z.string().check(z.maxLength(100));
export const isoDate = z.union([z.literal(''), z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))]);
export const timestamp = z.string().check(z.maxLength(40));
export const integer = (min: number, max: number) => z.int().check(z.minimum(min), z.maximum(max));
export const order = integer(0, 1_000_000);
/** A 1–5 score; null means "not set" or "don't know". */
export const setScore = z.union([
  z.literal(1),
  z.literal(2),
  z.literal(3),
  z.literal(4),
  z.literal(5),
]);
export const score = z.nullable(setScore);
export const principle = z.enum(PRINCIPLE_IDS);
export const staffStatement = z.enum(STAFF_STATEMENT_IDS);
export const principleList = z.array(principle).check(z.maxLength(PRINCIPLE_IDS.length));
/** A list of at most `LIMITS.listLength` items. */
export const list = <T extends z.ZodMiniType>(item: T) =>
  z.array(item).check(z.maxLength(LIMITS.listLength));

/** Every record: a uuid and when it was created and last changed (ISO timestamps). */
export const stamped = { id, createdAt: timestamp, updatedAt: timestamp };
/** Rows of the tables that belong to one workshop. */
export const owned = { ...stamped, workshopId: id };
/** Entries a participant made in room mode carry the session's id ('' or absent otherwise). */
export const roomSessionId = z.optional(reference);
