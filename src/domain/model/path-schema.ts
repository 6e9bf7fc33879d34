/** Phase 3, the path (schema v1, v4, v7). */
import * as z from 'zod/mini';
import { LIMITS } from '../limits';
import { ACTION_CADENCES, ACTION_CATEGORIES, ACTION_STATUSES, ROUTINE_OUTCOMES } from './enums';
import {
  entryText,
  id,
  integer,
  isoDate,
  list,
  longText,
  order,
  owned,
  reference,
  roomSessionId,
  score,
  shortText,
} from './fields';

const status = z.enum(ACTION_STATUSES);

/** Table `actions`: a deed on the path. */
export const actionSchema = z.object({
  ...owned,
  title: entryText,
  owner: shortText,
  /** ISO date, YYYY-MM-DD; empty when not set. */
  dueDate: isoDate,
  status,
  /** Position in the priority order; lower comes first. */
  order,
  // v4
  description: longText,
  category: z.enum(ACTION_CATEGORIES),
  /** Ids of the gaps it addresses: principle ids, touchpoint, theme or indicator ids. */
  addresses: list(id),
  startDate: isoDate,
  expectedEffect: longText,
  /** Indicator that shows it worked; '' when none. */
  indicatorId: reference,
  impact: score,
  effort: score,
  /** 1–3 for the first three small improvements; null otherwise. */
  quickWinRank: z.nullable(integer(1, 3)),
  /** Room session (v7) it was entered in; hidden until that session is revealed. */
  roomSessionId,
  /** A routine repeats at this cadence until it is done or dropped; '' for a project (v11). */
  cadence: z.enum(ACTION_CADENCES),
  /** The customer segments the action serves (v11). */
  segmentIds: list(id),
});

/** Table `votes`: dots one participant gave one action. */
export const voteSchema = z.object({
  ...owned,
  participantId: id,
  actionId: id,
  dots: integer(0, 20),
  /** Room session (v7) it was entered in; hidden until that session is revealed. */
  roomSessionId,
});

/** At a review: did a routine actually happen since the previous one (v11)? */
export const routineCheckSchema = z.object({
  actionId: id,
  outcome: z.enum(ROUTINE_OUTCOMES),
});

/** At a review: what one indicator read, as short text like its baseline ("32 %", "8,4") (v15). */
export const indicatorReadingSchema = z.object({ indicatorId: id, value: shortText });

export const reviewActionNoteSchema = z.object({ actionId: id, status, note: entryText });

/** Table `reviews`: a scheduled follow-up review. */
export const reviewSchema = z.object({
  ...owned,
  date: isoDate,
  /** Who reports to the management team. */
  reporter: shortText,
  format: shortText,
  notes: longText,
  isHeld: z.boolean(),
  actionNotes: z.array(reviewActionNoteSchema).check(z.maxLength(LIMITS.listLength * 5)),
  routineChecks: z.array(routineCheckSchema).check(z.maxLength(LIMITS.listLength * 5)),
  /** What the change agent reports at this review (v11). */
  changeAgentReport: longText,
  /** Word of mouth as estimated at this review: people told of a good / a bad experience. */
  wordOfMouthGood: z.nullable(integer(0, 1000)),
  wordOfMouthBad: z.nullable(integer(0, 1000)),
  /** Each indicator as read at this review (v15); an indicator without a reading is left out. */
  indicatorReadings: z.array(indicatorReadingSchema).check(z.maxLength(LIMITS.listLength)),
});
