import * as z from 'zod/mini';
import { LANGUAGES, REDACTION_ROLES, STATEMENT_USE_IDS, WORKSHOP_MODES } from './enums';
import {
  entryText,
  id,
  integer,
  isoDate,
  list,
  longText,
  principle,
  requiredText,
  setScore,
  shortText,
  staffStatement,
  stamped,
  timestamp,
} from './fields';

export const listEntrySchema = z.object({ id, text: entryText });

export const statementUseSchema = z.object({ isUsed: z.boolean(), note: entryText });

/** The running step's timer, kept as timestamps so it survives a reload without drift. */
export const timerSchema = z.object({
  stepId: id,
  /** Epoch ms when the timer last started running; null while paused. */
  runningSince: z.nullable(z.int().check(z.minimum(0))),
  /** Milliseconds run before `runningSince`. */
  elapsedMs: z.int().check(z.minimum(0)),
  /** Minutes added with "+1 min". */
  extraMinutes: integer(0, 1000),
});

/** A name the facilitator wants found in the workshop's texts, with the role it stands for. */
export const redactionNameSchema = z.object({ id, name: shortText, role: z.enum(REDACTION_ROLES) });

const wordOfMouth = z.nullable(integer(0, 1000));

/** Table `workshops`: one workshop with its statements, decisions and settings. */
export const workshopSchema = z.object({
  ...stamped,
  organisation: requiredText,
  title: requiredText,
  /** ISO date, YYYY-MM-DD; empty when not set. */
  date: isoDate,
  facilitator: shortText,
  mode: z.enum(WORKSHOP_MODES),
  /** Language of the workshop's content and of its PDF. */
  language: z.enum(LANGUAGES),
  /** Set while a deletion can still be undone; purged afterwards. Never in a backup. */
  deletedAt: z.optional(timestamp),

  // Phase 1: current state (v1, v2)
  currentStatement: longText,
  strengths: list(listEntrySchema),
  weaknesses: list(listEntrySchema),
  mission: longText,
  vision: longText,
  /** Word of mouth: how many people hear of a good / a bad experience ("3/18"). */
  wordOfMouthGood: wordOfMouth,
  wordOfMouthBad: wordOfMouth,

  // Phase 2: target state (v1, v3)
  targetStatement: longText,
  /** Are we satisfied with the current culture? null until decided. */
  isSatisfied: z.nullable(z.boolean()),
  /** When satisfied: how the culture written down will be communicated. */
  communicationPlan: longText,
  targetLevels: z.partialRecord(principle, setScore),
  /** Importance of each principle for this organisation, weighting the gap ranking. */
  principleImportance: z.partialRecord(principle, setScore),
  /** Target level and importance of each staff experience statement (v13). */
  staffTargetLevels: z.partialRecord(staffStatement, setScore),
  staffImportance: z.partialRecord(staffStatement, setScore),
  statementUses: z.partialRecord(z.enum(STATEMENT_USE_IDS), statementUseSchema),

  // Phase 3: path (v4)
  /** Dots each participant can spread in dot voting. */
  dotsPerParticipant: integer(1, 20),

  // Facilitation (v6)
  timer: z.nullable(timerSchema),
  /** Sector template the workshop started from, if any. */
  templateId: shortText,

  // Privacy (v9)
  /** Names of staff and customers to find and redact (participants are always included). */
  redactionNames: list(redactionNameSchema),

  // Facilitation (v10)
  /** Planned start of the agenda, "HH:MM"; empty when not set. */
  agendaStartTime: z.union([z.literal(''), z.string().check(z.regex(/^\d{1,2}:\d{2}$/))]),

  // The method in depth (v11)
  /** The change agent who bridges management, staff and the goals, and reports between reviews. */
  changeAgent: shortText,
  changeAgentRole: shortText,
  /** What the change agent may decide and do. */
  changeAgentMandate: longText,
  /** Time reserved for the work, e.g. "one day a week". */
  changeAgentTime: shortText,
  /** The member of management who commits to the path. */
  sponsor: shortText,
  sponsorRole: shortText,
  /** The sponsor's commitment in their own words. */
  commitment: longText,
  /** Word of mouth as a target: more people hear of the good, fewer of the bad ("6/12"). */
  wordOfMouthGoodTarget: wordOfMouth,
  wordOfMouthBadTarget: wordOfMouth,
  /** The customer relationship now: how it begins, grows and ends, and where it weakens. */
  currentRelationship: longText,
  /** The change the organisation wants to make in its customers' world. */
  targetRelationship: longText,
});
