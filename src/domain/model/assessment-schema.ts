/** Phase 2, assessment and target (schema v3, v7). */
import * as z from 'zod/mini';
import { PARTICIPANT_GROUPS } from './enums';
import {
  entryText,
  id,
  isoDate,
  list,
  order,
  owned,
  principle,
  principleList,
  reference,
  roomSessionId,
  score,
  shortText,
  staffStatement,
} from './fields';

/** Table `participants`. */
export const participantSchema = z.object({
  ...owned,
  name: shortText,
  group: z.enum(PARTICIPANT_GROUPS),
  order,
  /** Room session (v7) the participant was created in; '' or absent when added normally. */
  roomSessionId,
});

/** Table `ratings`: one participant's rating of one principle, at the baseline or a review. */
export const ratingSchema = z.object({
  ...owned,
  participantId: id,
  principleId: principle,
  /** null = "don't know", not counted. */
  score,
  comment: entryText,
  evidenceIds: list(id),
  /** '' for the workshop's own assessment; a review's id for a follow-up re-rating. */
  reviewId: reference,
  /** Room session (v7) it was entered in; hidden until that session is revealed. */
  roomSessionId,
});

/**
 * Table `staffRatings` (v13): one participant's rating of one statement of the staff experience
 * check, in the workshop's own check or at a follow-up review (v16).
 */
export const staffRatingSchema = z.object({
  ...owned,
  participantId: id,
  statementId: staffStatement,
  /** null = "don't know", not counted. */
  score,
  comment: entryText,
  /** '' for the workshop's own check; a review's id for a follow-up re-rating (v16). */
  reviewId: reference,
  /** Room session it was entered in; hidden until that session is revealed. */
  roomSessionId,
});

/** Table `promises`: a customer promise derived from the target. */
export const promiseSchema = z.object({
  ...owned,
  text: entryText,
  principleIds: principleList,
  order,
});

/** Table `indicators`: tells when the target is reached (baseline → target). */
export const indicatorSchema = z.object({
  ...owned,
  name: shortText,
  unit: shortText,
  baseline: shortText,
  target: shortText,
  /** ISO date; '' when not set. */
  targetDate: isoDate,
  method: entryText,
  order,
  /** The customer segments whose experience it measures (v11). */
  segmentIds: list(id),
});
