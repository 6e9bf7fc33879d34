/**
 * The values of every enumerated field in the data model, written once. The record schemas
 * (`*-schema.ts` beside this file) build their `z.enum`s from these lists and the TypeScript
 * types come from them, so screens, the PDF and validation all read the same values. Plain
 * arrays, no zod: screens import them without loading the schemas.
 */
export const LANGUAGES = ['fi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const WORKSHOP_MODES = ['facilitated', 'self'] as const;
export type WorkshopMode = (typeof WORKSHOP_MODES)[number];

/** Where the written service-culture statement is put to use. */
export const STATEMENT_USE_IDS = [
  'recruiting',
  'onboarding',
  'dailyReminders',
  'customerPromises',
  'serviceDesign',
  'offers',
  'communicationGuidelines',
] as const;
export type StatementUseId = (typeof STATEMENT_USE_IDS)[number];

export const EVIDENCE_KINDS = [
  'feedback',
  'story',
  'interview',
  'staffObservation',
  'surveyResult',
] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

export const TONES = ['praise', 'complaint', 'suggestion', 'neutral'] as const;
export type Tone = (typeof TONES)[number];

/** '' when the participant's group is not set. */
export const PARTICIPANT_GROUPS = ['management', 'staff', 'customerFacing', 'other', ''] as const;
export type ParticipantGroup = (typeof PARTICIPANT_GROUPS)[number];

export const ACTION_STATUSES = ['idea', 'planned', 'inProgress', 'done', 'dropped'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** How often a routine repeats; '' for a one-off project (v11). */
export const ACTION_CADENCES = ['', 'daily', 'weekly', 'monthly'] as const;
export type ActionCadence = (typeof ACTION_CADENCES)[number];

/** Whether a routine actually happened since the previous follow-up review (v11). */
export const ROUTINE_OUTCOMES = ['happened', 'partly', 'missed'] as const;
export type RoutineOutcome = (typeof ROUTINE_OUTCOMES)[number];

export const ACTION_CATEGORIES = [
  'serviceDevelopment',
  'qualityManual',
  'training',
  'communicationGuidelines',
  'feedbackSystem',
  'recruitment',
  'offers',
  'missionValues',
  'sharedReflection',
  'other',
] as const;
export type ActionCategory = (typeof ACTION_CATEGORIES)[number];

export const ROOM_ACTIVITIES = ['ratings', 'ideas', 'votes', 'staffRatings'] as const;
export type RoomActivity = (typeof ROOM_ACTIVITIES)[number];

/** active: the device is passed around; closed: left with the PIN, entries still hidden. */
export const ROOM_STATUSES = ['active', 'closed', 'revealed'] as const;
export type RoomStatus = (typeof ROOM_STATUSES)[number];

/** A live room (v12): open until the facilitator closes it. */
export const LIVE_ROOM_STATUSES = ['open', 'closed'] as const;

/** What a piece of personal data is replaced with: a role, or simply "[removed]". */
export const REDACTION_ROLES = ['customer', 'staff', 'participant', 'removed'] as const;
export type RedactionRole = (typeof REDACTION_ROLES)[number];

/** Why a snapshot of a workshop was taken. */
export const SNAPSHOT_REASONS = [
  'interval',
  'beforeUpgrade',
  'beforeImport',
  'beforeDelete',
  'beforeRestore',
  /** Before an action, evidence item, theme, stage, participant… was deleted (coalesced). */
  'beforeItemDelete',
  'manual',
] as const;
export type SnapshotReason = (typeof SNAPSHOT_REASONS)[number];
