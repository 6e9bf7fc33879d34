/**
 * The live room's protocol: what the facilitator publishes, what a phone enters, what the relay
 * passes on and what the reveal shows. Plain JSON values, so they travel in Yjs maps unchanged.
 */
import type { PrincipleId } from '../principles';
import type { StaffStatementId } from '../staff-statements';
import type { Language, Score } from '../types';

export type LiveActivityKind = 'ratings' | 'staffRatings' | 'ideas' | 'votes' | 'evidence';
export const LIVE_ACTIVITY_KINDS: readonly LiveActivityKind[] = [
  'ratings',
  'staffRatings',
  'ideas',
  'votes',
  'evidence',
];

/** planned: prepared, not shown; open: phones answer; revealed: results shown, entries frozen. */
export type LiveActivityStatus = 'planned' | 'open' | 'revealed';

type ActivityBase = {
  /** A UUID: phase records made from this activity may use it as their room session id. */
  id: string;
  status: LiveActivityStatus;
  order: number;
  /** ISO timestamps; '' until it happens. */
  openedAt: string;
  revealedAt: string;
};

export type RatingsActivity = ActivityBase & {
  kind: 'ratings';
  principleIds: PrincipleId[];
  /** Ask the target level as well as the current one. */
  asksTarget: boolean;
};

/** The staff experience check: staff rate the statements about their own work, 1–5. */
export type StaffRatingsActivity = ActivityBase & {
  kind: 'staffRatings';
  statementIds: StaffStatementId[];
};

export type IdeasActivity = ActivityBase & {
  kind: 'ideas';
  /** The principle the ideas are for; '' when the focus is a gap described in `focusText`. */
  focusPrincipleId: PrincipleId | '';
  /** The gap in the facilitator's words, e.g. a critical moment; may be '' with a principle. */
  focusText: string;
  maxPerPerson: number;
};

export type VoteOption = { id: string; title: string };

export type VotesActivity = ActivityBase & {
  kind: 'votes';
  options: VoteOption[];
  dotsPerPerson: number;
};

export type LiveTouchpoint = { id: string; name: string };

export type EvidenceActivity = ActivityBase & {
  kind: 'evidence';
  touchpoints: LiveTouchpoint[];
  maxPerPerson: number;
};

export type LiveActivity =
  RatingsActivity | StaffRatingsActivity | IdeasActivity | VotesActivity | EvidenceActivity;

/** The room as every phone sees it (the public document). */
export type LiveRoomInfo = {
  code: string;
  language: Language;
  /** The workshop's title as the facilitator wants it shown; may be ''. */
  title: string;
  /** The activity the phones show now; '' between activities. */
  currentActivityId: string;
};

export type EvidenceTone = 'praise' | 'complaint' | 'neutral';
export const EVIDENCE_TONES: readonly EvidenceTone[] = ['praise', 'complaint', 'neutral'];

type EntryBase = {
  /** A UUID made on the phone; stays the same through changes, so a second reveal never duplicates. */
  id: string;
  activityId: string;
  /** Grows with every change, so a receipt says which version the relay judged. */
  rev: number;
};

export type RatingEntry = EntryBase & {
  kind: 'rating';
  principleId: PrincipleId;
  /** null: "don't know". */
  current: Score | null;
  target: Score | null;
};

export type StaffRatingEntry = EntryBase & {
  kind: 'staffRating';
  statementId: StaffStatementId;
  /** null: "don't know". */
  score: Score | null;
};

export type IdeaEntry = EntryBase & { kind: 'idea'; text: string };

export type VoteEntry = EntryBase & { kind: 'vote'; optionId: string; dots: number };

export type EvidenceEntry = EntryBase & {
  kind: 'evidence';
  text: string;
  tone: EvidenceTone;
  /** A touchpoint of the activity's list; '' when none. */
  touchpointId: string;
};

export type LiveEntry = RatingEntry | StaffRatingEntry | IdeaEntry | VoteEntry | EvidenceEntry;

/** An entry the relay accepted, in the facilitator's document. */
export type ReceivedEntry = LiveEntry & {
  /** The inbox it came from: a random id, not a person. */
  participantId: string;
  receivedAt: string;
};

/** A participant as the facilitator sees them; name '' means anonymous. */
export type LiveParticipant = { id: string; name: string; joinedAt: string };

/** What a phone chose at joining; name '' means anonymous. */
export type LiveProfile = { name: string };

export type RejectReason = 'invalid' | 'tooLong' | 'outOfRange' | 'tooMany' | 'late' | 'duplicate';

/** The relay's verdict on one version of an entry, written back into the phone's inbox. */
export type Receipt =
  { rev: number; status: 'accepted' } | { rev: number; status: 'rejected'; reason: RejectReason };
