/** Phase 1, the current state (schema v2, v8). */
import * as z from 'zod/mini';
import { EVIDENCE_KINDS, TONES } from './enums';
import {
  entryText,
  id,
  isoDate,
  list,
  longText,
  order,
  owned,
  principleList,
  reference,
  score,
  shortText,
} from './fields';

/** Table `evidence`: one piece of customer feedback, story, interview note, staff observation… */
export const evidenceSchema = z.object({
  ...owned,
  text: longText,
  kind: z.enum(EVIDENCE_KINDS),
  tone: z.enum(TONES),
  /** Source channel, free text with suggestions: feedback form, e-mail, phone, staff… */
  channel: shortText,
  /** Touchpoint of the journey it concerns; '' when none. */
  touchpointId: reference,
  /** Customer segment; '' when none. */
  segmentId: reference,
  /** ISO date; '' when unknown. */
  date: isoDate,
  tags: list(shortText),
  /** Affinity group; '' when not grouped. */
  themeId: reference,
  /** Principles this item speaks to (accepted tags). */
  principleIds: principleList,
  /** Suggested principles the facilitator rejected, so they are not proposed again (v8). */
  rejectedPrincipleIds: z.optional(principleList),
});

/** Tables `themes` (a named affinity group of evidence) and `journeyStages` (in order). */
export const namedSchema = z.object({ ...owned, name: shortText, order });

/** Table `touchpoints`: a touchpoint within a stage; critical ones are the critical moments. */
export const touchpointSchema = z.object({
  ...owned,
  stageId: id,
  name: shortText,
  order,
  isCritical: z.boolean(),
  importance: score,
  performance: score,
  /** Target level of this critical moment (phase 2). */
  targetLevel: score,
  /** What the customer feels, knows and does here. */
  feels: entryText,
  knows: entryText,
  does: entryText,
  /** The customer segments for whom this moment matters (v11). */
  segmentIds: list(id),
});

/** Table `segments`: a customer segment with its distinctive service needs. */
export const segmentSchema = z.object({
  ...owned,
  name: shortText,
  description: longText,
  needs: longText,
  importance: score,
  order,
});

/** Table `orgValues`: one of the organisation's values, read for service culture. */
export const orgValueSchema = z.object({ ...owned, name: shortText, cultureNote: longText, order });
