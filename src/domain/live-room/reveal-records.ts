/**
 * What a reveal turns into the workshop's own records: people, ratings of the principles and of
 * the staff statements, ideas as actions, dot votes and evidence. Entry ids become record ids, so
 * a second reveal finds its records already there and adds nothing twice. Pure: the repository supplies ids, clock and what exists.
 */
import { ACTION_FIELD_DEFAULTS } from '../defaults';
import type { PrincipleId } from '../principles';
import { anonymousName, nextAnonymousNumber } from '../room';
import type {
  Action,
  EvidenceItem,
  Language,
  Participant,
  Rating,
  Score,
  StaffRating,
  Vote,
} from '../types';
import type { LiveActivity, LiveParticipant, ReceivedEntry } from './types';

export type RevealRecords = {
  participants: Participant[];
  ratings: Rating[];
  staffRatings: StaffRating[];
  actions: Action[];
  votes: Vote[];
  evidence: EvidenceItem[];
  /** The people's record ids by inbox id, old and new: kept with the room for the next reveal. */
  people: Record<string, string>;
  /** Mean target level per principle from the room (rounded), for targets not yet set. */
  targetMeans: Partial<Record<PrincipleId, Score>>;
};

export type RevealInput = {
  workshopId: string;
  language: Language;
  /** The live room's record id: stored as `roomSessionId`, it tells where a record came from. */
  roomId: string;
  activity: LiveActivity;
  /** Exactly the entries the published results were computed from. */
  entries: readonly ReceivedEntry[];
  participants: ReadonlyMap<string, LiveParticipant>;
  /** Inbox id → participant record id from earlier reveals of the same room. */
  people: Readonly<Record<string, string>>;
  existingParticipants: readonly Participant[];
  /** Ids of the workshop's actions and touchpoints: votes and evidence point only at these. */
  actionIds: ReadonlySet<string>;
  touchpointIds: ReadonlySet<string>;
  /** Highest `order` of the workshop's actions so far, -1 when none. */
  lastActionOrder: number;
  newId: () => string;
  now: string;
  /** "Live room" in the workshop's language: the evidence's channel. */
  channel: string;
};

function roundedMean(values: readonly number[]): Score | null {
  if (values.length === 0) return null;
  const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
  return Math.min(5, Math.max(1, Math.round(mean))) as Score;
}

export function revealRecords(input: RevealInput): RevealRecords {
  const { workshopId, now, roomId } = input;
  const stamp = { workshopId, createdAt: now, updatedAt: now };
  const people = { ...input.people };
  const participants: Participant[] = [];
  let nextNumber = nextAnonymousNumber(input.existingParticipants);
  let nextOrder = input.existingParticipants.reduce((max, row) => Math.max(max, row.order + 1), 0);

  /** The person's record, made at their first counted entry: anonymous unless they gave a name. */
  const personOf = (inboxId: string): string => {
    const known = people[inboxId];
    if (known) return known;
    const id = input.newId();
    people[inboxId] = id;
    const chosen = input.participants.get(inboxId)?.name.trim() ?? '';
    const name = chosen || anonymousName(input.language, nextNumber++);
    participants.push({ ...stamp, id, name, group: '', order: nextOrder++, roomSessionId: roomId });
    return id;
  };

  const records: RevealRecords = {
    participants,
    ratings: [],
    staffRatings: [],
    actions: [],
    votes: [],
    evidence: [],
    people,
    targetMeans: {},
  };
  const targets = new Map<PrincipleId, number[]>();
  let actionOrder = input.lastActionOrder + 1;
  // Entry-id order: the same reveal always makes the same people in the same order.
  const entries = [...input.entries].sort((a, b) => a.id.localeCompare(b.id));
  for (const entry of entries) {
    if (entry.activityId !== input.activity.id) continue;
    switch (entry.kind) {
      case 'rating':
        records.ratings.push({
          ...stamp,
          id: entry.id,
          participantId: personOf(entry.participantId),
          principleId: entry.principleId,
          score: entry.current,
          comment: '',
          evidenceIds: [],
          reviewId: '',
          roomSessionId: roomId,
        });
        if (entry.target !== null) {
          const list = targets.get(entry.principleId) ?? [];
          list.push(entry.target);
          targets.set(entry.principleId, list);
        }
        break;
      case 'staffRating':
        records.staffRatings.push({
          ...stamp,
          id: entry.id,
          participantId: personOf(entry.participantId),
          statementId: entry.statementId,
          score: entry.score,
          comment: '',
          reviewId: '',
          roomSessionId: roomId,
        });
        break;
      case 'idea': {
        const focus = input.activity.kind === 'ideas' ? input.activity.focusPrincipleId : '';
        records.actions.push({
          ...structuredClone(ACTION_FIELD_DEFAULTS),
          ...stamp,
          id: entry.id,
          title: entry.text,
          owner: '',
          dueDate: '',
          status: 'idea',
          order: actionOrder++,
          addresses: focus ? [focus] : [],
          roomSessionId: roomId,
        });
        break;
      }
      case 'vote':
        if (!input.actionIds.has(entry.optionId) || entry.dots === 0) break;
        records.votes.push({
          ...stamp,
          id: entry.id,
          participantId: personOf(entry.participantId),
          actionId: entry.optionId,
          dots: entry.dots,
          roomSessionId: roomId,
        });
        break;
      case 'evidence':
        records.evidence.push({
          ...stamp,
          id: entry.id,
          text: entry.text,
          kind: 'story',
          tone: entry.tone,
          channel: input.channel,
          touchpointId: input.touchpointIds.has(entry.touchpointId) ? entry.touchpointId : '',
          segmentId: '',
          date: now.slice(0, 10),
          tags: [],
          themeId: '',
          principleIds: [],
        });
        break;
    }
  }
  for (const [principleId, values] of targets) {
    const mean = roundedMean(values);
    if (mean !== null) records.targetMeans[principleId] = mean;
  }
  return records;
}
