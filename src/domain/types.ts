/**
 * The data model: every stored record. Every record has a string id (crypto.randomUUID) and an
 * ISO `updatedAt`, so backups can merge and a sync layer can be added later without reshaping
 * the data. Rows of child tables carry `workshopId`. References between records are ids.
 */
import type { PrincipleId } from './principles';

export type Language = 'fi' | 'en';
export const LANGUAGES: readonly Language[] = ['fi', 'en'];

export type WorkshopMode = 'facilitated' | 'self';
export const WORKSHOP_MODES: readonly WorkshopMode[] = ['facilitated', 'self'];

/** A 1–5 score; null means "not set" or "don't know". */
export type Score = 1 | 2 | 3 | 4 | 5;

export type ListEntry = { id: string; text: string };

type Stamped = { id: string; createdAt: string; updatedAt: string };
type OwnedByWorkshop = Stamped & { workshopId: string };

// --- Workshop (table `workshops`) ------------------------------------------------------------

export type StatementUseId =
  | 'recruiting'
  | 'onboarding'
  | 'dailyReminders'
  | 'customerPromises'
  | 'serviceDesign'
  | 'offers'
  | 'communicationGuidelines';

export const STATEMENT_USE_IDS: readonly StatementUseId[] = [
  'recruiting',
  'onboarding',
  'dailyReminders',
  'customerPromises',
  'serviceDesign',
  'offers',
  'communicationGuidelines',
];

export type StatementUse = { isUsed: boolean; note: string };

/** The running step's timer, kept as timestamps so it survives a reload without drift. */
export type TimerState = {
  stepId: string;
  /** Epoch ms when the timer last started running; null while paused. */
  runningSince: number | null;
  /** Milliseconds run before `runningSince`. */
  elapsedMs: number;
  /** Minutes added with "+1 min". */
  extraMinutes: number;
};

export type Workshop = Stamped & {
  organisation: string;
  title: string;
  /** ISO date, YYYY-MM-DD; empty when not set. */
  date: string;
  facilitator: string;
  mode: WorkshopMode;
  /** Language of the workshop's content and of its PDF. */
  language: Language;
  /** Set while a deletion can still be undone; purged afterwards. */
  deletedAt?: string;

  // Phase 1: current state (v1, v2)
  currentStatement: string;
  strengths: ListEntry[];
  weaknesses: ListEntry[];
  mission: string;
  vision: string;
  /** Word of mouth: how many people hear of a good / a bad experience ("3/18"). */
  wordOfMouthGood: number | null;
  wordOfMouthBad: number | null;

  // Phase 2: target state (v1, v3)
  targetStatement: string;
  /** Are we satisfied with the current culture? null until decided. */
  isSatisfied: boolean | null;
  /** When satisfied: how the culture written down will be communicated. */
  communicationPlan: string;
  targetLevels: Partial<Record<PrincipleId, Score>>;
  /** Importance of each principle for this organisation, weighting the gap ranking. */
  principleImportance: Partial<Record<PrincipleId, Score>>;
  statementUses: Partial<Record<StatementUseId, StatementUse>>;

  // Phase 3: path (v4)
  /** Dots each participant can spread in dot voting. */
  dotsPerParticipant: number;

  // Facilitation (v6)
  timer: TimerState | null;
  /** Sector template the workshop started from, if any. */
  templateId: string;

  // Privacy (v9)
  /** Names of staff and customers to find and redact (participants are always included). */
  redactionNames: RedactionName[];
  // Facilitation (v10)
  /** Planned start of the agenda, "HH:MM"; empty when not set. */
  agendaStartTime: string;
};

// --- Phase 1: current state (v2) -------------------------------------------------------------

export type EvidenceKind = 'feedback' | 'story' | 'interview' | 'staffObservation' | 'surveyResult';
export type Tone = 'praise' | 'complaint' | 'suggestion' | 'neutral';

/** Table `evidence`: one piece of customer feedback, story, interview note, staff observation… */
export type EvidenceItem = OwnedByWorkshop & {
  text: string;
  kind: EvidenceKind;
  tone: Tone;
  /** Source channel, free text with suggestions: feedback form, e-mail, phone, staff… */
  channel: string;
  /** Touchpoint of the journey it concerns; '' when none. */
  touchpointId: string;
  /** Customer segment; '' when none. */
  segmentId: string;
  /** ISO date; '' when unknown. */
  date: string;
  tags: string[];
  /** Affinity group; '' when not grouped. */
  themeId: string;
  /** Principles this item speaks to (accepted tags). */
  principleIds: PrincipleId[];
  /** Suggested principles the facilitator rejected, so they are not proposed again (v8). */
  rejectedPrincipleIds?: PrincipleId[];
};

/** Table `themes`: a named affinity group of evidence. */
export type Theme = OwnedByWorkshop & { name: string; order: number };

/** Table `journeyStages`: a stage of the customer's journey, in order. */
export type JourneyStage = OwnedByWorkshop & { name: string; order: number };

/** Table `touchpoints`: a touchpoint within a stage; critical ones are the critical moments. */
export type Touchpoint = OwnedByWorkshop & {
  stageId: string;
  name: string;
  order: number;
  isCritical: boolean;
  importance: Score | null;
  performance: Score | null;
  /** Target level of this critical moment (phase 2). */
  targetLevel: Score | null;
  /** What the customer feels, knows and does here. */
  feels: string;
  knows: string;
  does: string;
};

/** Table `segments`: a customer segment with its distinctive service needs. */
export type Segment = OwnedByWorkshop & {
  name: string;
  description: string;
  needs: string;
  importance: Score | null;
  order: number;
};

/** Table `orgValues`: one of the organisation's values, read for service culture. */
export type OrgValue = OwnedByWorkshop & { name: string; cultureNote: string; order: number };

// --- Phase 2: assessment and target (v3) -----------------------------------------------------

export type ParticipantGroup = 'management' | 'staff' | 'customerFacing' | 'other' | '';

/** Table `participants`. */
export type Participant = OwnedByWorkshop & {
  name: string;
  group: ParticipantGroup;
  order: number;
  /** Room session (v7) the participant was created in; '' or absent when added normally. */
  roomSessionId?: string;
};

/** Table `ratings`: one participant's rating of one principle, at the baseline or a review. */
export type Rating = OwnedByWorkshop & {
  participantId: string;
  principleId: PrincipleId;
  /** null = "don't know", not counted. */
  score: Score | null;
  comment: string;
  evidenceIds: string[];
  /** '' for the workshop's own assessment; a review's id for a follow-up re-rating. */
  reviewId: string;
  /** Room session (v7) it was entered in; hidden until that session is revealed. */
  roomSessionId?: string;
};

/** Table `promises`: a customer promise derived from the target. */
export type CustomerPromise = OwnedByWorkshop & {
  text: string;
  principleIds: PrincipleId[];
  order: number;
};

/** Table `indicators`: tells when the target is reached (baseline → target). */
export type Indicator = OwnedByWorkshop & {
  name: string;
  unit: string;
  baseline: string;
  target: string;
  /** ISO date; '' when not set. */
  targetDate: string;
  method: string;
  order: number;
};

// --- Phase 3: path (v1, v4) -------------------------------------------------------------------

export type ActionStatus = 'idea' | 'planned' | 'inProgress' | 'done' | 'dropped';
export const ACTION_STATUSES: readonly ActionStatus[] = [
  'idea',
  'planned',
  'inProgress',
  'done',
  'dropped',
];

export type ActionCategory =
  | 'serviceDevelopment'
  | 'qualityManual'
  | 'training'
  | 'communicationGuidelines'
  | 'feedbackSystem'
  | 'recruitment'
  | 'offers'
  | 'missionValues'
  | 'sharedReflection'
  | 'other';

/** Table `actions`: a deed on the path. */
export type Action = OwnedByWorkshop & {
  title: string;
  owner: string;
  /** ISO date, YYYY-MM-DD; empty when not set. */
  dueDate: string;
  status: ActionStatus;
  /** Position in the priority order; lower comes first. */
  order: number;
  // v4
  description: string;
  category: ActionCategory;
  /** Ids of the gaps it addresses: principle ids, touchpoint, theme or indicator ids. */
  addresses: string[];
  startDate: string;
  expectedEffect: string;
  /** Indicator that shows it worked; '' when none. */
  indicatorId: string;
  impact: Score | null;
  effort: Score | null;
  /** 1–3 for the first three small improvements; null otherwise. */
  quickWinRank: number | null;
  /** Room session (v7) it was entered in; hidden until that session is revealed. */
  roomSessionId?: string;
};

/** Table `votes`: dots one participant gave one action. */
export type Vote = OwnedByWorkshop & {
  participantId: string;
  actionId: string;
  dots: number;
  /** Room session (v7) it was entered in; hidden until that session is revealed. */
  roomSessionId?: string;
};

export type ReviewActionNote = { actionId: string; status: ActionStatus; note: string };

/** Table `reviews`: a scheduled follow-up review. */
export type Review = OwnedByWorkshop & {
  date: string;
  /** Who reports to the management team. */
  reporter: string;
  format: string;
  notes: string;
  isHeld: boolean;
  actionNotes: ReviewActionNote[];
};

// --- Facilitation (v6) ------------------------------------------------------------------------

/** Table `agendaSteps`: a timeboxed step of the workshop agenda. */
export type AgendaStep = OwnedByWorkshop & {
  /** Method step it comes from (intro, feedbackReview…), or 'custom'. */
  kind: string;
  title: string;
  minutes: number;
  order: number;
  isSkipped: boolean;
  /** Facilitator's notes: never shown in presentation mode or the PDF. */
  notes: string;
};

// --- Reliability (v5) -------------------------------------------------------------------------

/** Table `snapshots`: an automatic local copy of one workshop, for the History view. */
export type Snapshot = OwnedByWorkshop & {
  takenAt: string;
  reason:
    'interval' | 'beforeUpgrade' | 'beforeImport' | 'beforeDelete' | 'beforeRestore' | 'manual';
  /** The serialised workshop bundle. */
  data: string;
  /** The schema version the bundle was written with (older ones are upgraded on restore). */
  schemaVersion?: number;
  /** Rows per table when it was taken, for the History view's summary. */
  counts?: Record<string, number>;
};

// --- Room mode (v7) ---------------------------------------------------------------------------

export type RoomActivity = 'ratings' | 'ideas' | 'votes';
export const ROOM_ACTIVITIES: readonly RoomActivity[] = ['ratings', 'ideas', 'votes'];

/** active: the device is passed around; closed: left with the PIN, entries still hidden. */
export type RoomStatus = 'active' | 'closed' | 'revealed';

/** Table `roomSessions`: one round of entries on one device, hidden until revealed. */
export type RoomSession = OwnedByWorkshop & {
  activity: RoomActivity;
  status: RoomStatus;
  /** PBKDF2-SHA-256 of the facilitator's PIN, hex; the PIN itself is never stored. */
  pinHash: string;
  /** Random salt of the hash, hex. */
  pinSalt: string;
  isAnonymous: boolean;
  /** How many participants have finished their entry. */
  entryCount: number;
  /** ISO timestamp of the reveal; '' until then. */
  revealedAt: string;
};

// --- Privacy (v9) -----------------------------------------------------------------------------

/** What a piece of personal data is replaced with: a role, or simply "[removed]". */
export type RedactionRole = 'customer' | 'staff' | 'participant' | 'removed';
export const REDACTION_ROLES: readonly RedactionRole[] = [
  'customer',
  'staff',
  'participant',
  'removed',
];

/** A name the facilitator wants found in the workshop's texts, with the role it stands for. */
export type RedactionName = { id: string; name: string; role: RedactionRole };
