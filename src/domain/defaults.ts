import type { Action, EvidenceItem, Review, StaffRating, Touchpoint, Workshop } from './types';

/** Values of the fields that later schema versions added, for records written before them. */
export const WORKSHOP_DEFAULTS_V2 = {
  mission: '',
  vision: '',
  wordOfMouthGood: null,
  wordOfMouthBad: null,
} satisfies Partial<Workshop>;

export const WORKSHOP_DEFAULTS_V3 = {
  isSatisfied: null,
  communicationPlan: '',
  targetLevels: {},
  principleImportance: {},
  statementUses: {},
} satisfies Partial<Workshop>;

export const WORKSHOP_DEFAULTS_V4 = { dotsPerParticipant: 5 } satisfies Partial<Workshop>;

export const WORKSHOP_DEFAULTS_V6 = { timer: null, templateId: '' } satisfies Partial<Workshop>;

/** Rows of actions, ratings, votes and participants written before room mode (v7). */
export const ROOM_ENTRY_DEFAULTS_V7 = { roomSessionId: '' } satisfies Partial<Action>;
export const WORKSHOP_DEFAULTS_V10 = { agendaStartTime: '' } satisfies Partial<Workshop>;
/** Evidence: rejected principle suggestions (v8). */
export const EVIDENCE_DEFAULTS_V8 = { rejectedPrincipleIds: [] } satisfies Partial<EvidenceItem>;

export const WORKSHOP_DEFAULTS_V9 = { redactionNames: [] } satisfies Partial<Workshop>;

export const ACTION_DEFAULTS_V4 = {
  description: '',
  category: 'other',
  addresses: [],
  startDate: '',
  expectedEffect: '',
  indicatorId: '',
  impact: null,
  effort: null,
  quickWinRank: null,
} satisfies Partial<Action>;

/** Routines (v11): an action is a one-off project unless it has a cadence. */
export const ACTION_DEFAULTS_V11 = { cadence: '', segmentIds: [] } satisfies Partial<Action>;
/** Segments steer resources (v11): moments, indicators and actions name the segments they serve. */
export const SEGMENT_LINK_DEFAULTS_V11 = { segmentIds: [] } satisfies Partial<Touchpoint>;
export const REVIEW_DEFAULTS_V11 = {
  routineChecks: [],
  changeAgentReport: '',
  wordOfMouthGood: null,
  wordOfMouthBad: null,
} satisfies Partial<Review>;

/** Indicator readings at a review (v15). */
export const REVIEW_DEFAULTS_V15 = { indicatorReadings: [] } satisfies Partial<Review>;

/** Staff ratings written before reviews re-rated the staff check (v16) are the workshop's own. */
export const STAFF_RATING_DEFAULTS_V16 = { reviewId: '' } satisfies Partial<StaffRating>;

/** The change agent and the management sponsor's commitment (v11). */
export const WORKSHOP_DEFAULTS_V11 = {
  changeAgent: '',
  changeAgentRole: '',
  changeAgentMandate: '',
  changeAgentTime: '',
  sponsor: '',
  sponsorRole: '',
  commitment: '',
  wordOfMouthGoodTarget: null,
  wordOfMouthBadTarget: null,
  currentRelationship: '',
  targetRelationship: '',
} satisfies Partial<Workshop>;

/** The staff experience check's target levels and importance (v13). */
export const WORKSHOP_DEFAULTS_V13 = {
  staffTargetLevels: {},
  staffImportance: {},
} satisfies Partial<Workshop>;

export const WORKSHOP_FIELD_DEFAULTS = {
  currentStatement: '',
  strengths: [],
  weaknesses: [],
  targetStatement: '',
  ...WORKSHOP_DEFAULTS_V2,
  ...WORKSHOP_DEFAULTS_V3,
  ...WORKSHOP_DEFAULTS_V4,
  ...WORKSHOP_DEFAULTS_V6,
  ...WORKSHOP_DEFAULTS_V10,
  ...WORKSHOP_DEFAULTS_V9,
  ...WORKSHOP_DEFAULTS_V11,
  ...WORKSHOP_DEFAULTS_V13,
} satisfies Partial<Workshop>;

/** A review as it is first scheduled: nothing recorded yet. */
export const REVIEW_FIELD_DEFAULTS = {
  date: '',
  reporter: '',
  format: '',
  notes: '',
  isHeld: false,
  actionNotes: [],
  routineChecks: [],
  changeAgentReport: '',
  wordOfMouthGood: null,
  wordOfMouthBad: null,
  ...REVIEW_DEFAULTS_V15,
} satisfies Omit<Review, 'id' | 'workshopId' | 'createdAt' | 'updatedAt'>;

/** Every field a new action starts with beyond its title, owner, dates and status. */
export const ACTION_FIELD_DEFAULTS = {
  ...ACTION_DEFAULTS_V4,
  ...ACTION_DEFAULTS_V11,
} satisfies Partial<Action>;
