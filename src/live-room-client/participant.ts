/**
 * A phone's side of a live room: reads the public document, writes its own inbox. Every write is
 * checked with the relay's own rules first, so a person hears at once why something is refused.
 */
import type * as Y from 'yjs';
import { newEntryId, newHexId, newKey } from '../domain/live-room/codes';
import { inboxDocumentName, roomDocumentName } from '../domain/live-room/documents';
import { judgeInbox } from '../domain/live-room/judge-inbox';
import type { LiveResults } from '../domain/live-room/results';
import type {
  EvidenceTone,
  LiveActivity,
  LiveEntry,
  LiveRoomInfo,
  Receipt,
  RejectReason,
} from '../domain/live-room/types';
import { normaliseName } from '../domain/live-room/validate-entry';
import type { PrincipleId } from '../domain/principles';
import type { StaffStatementId } from '../domain/staff-statements';
import type { Score } from '../domain/types';
import type { ConnectionState, SocketOptions } from './connection';
import { inboxMaps, readActivityMap, readInbox, readResults, readRoomInfo } from './layout';
import { connectRoom } from './room-connection';

/** What a phone keeps to come back to its own inbox after a reload. */
export type ParticipantIdentity = {
  code: string;
  joinKey: string;
  inboxId: string;
  inboxKey: string;
};

export function newParticipantIdentity(code: string, joinKey: string): ParticipantIdentity {
  return { code, joinKey, inboxId: newHexId(), inboxKey: newKey() };
}

/** pending: not yet judged by the relay (offline, or on its way). */
export type EntryStatus =
  { state: 'pending' } | { state: 'accepted' } | { state: 'rejected'; reason: RejectReason };

export type OwnEntry = { entry: LiveEntry; status: EntryStatus };

export type WriteResult = { ok: true; id: string } | { ok: false; reason: RejectReason };

type Body =
  | { kind: 'rating'; principleId: PrincipleId; current: Score | null; target: Score | null }
  | { kind: 'staffRating'; statementId: StaffStatementId; score: Score | null }
  | { kind: 'idea'; text: string }
  | { kind: 'vote'; optionId: string; dots: number }
  | { kind: 'evidence'; text: string; tone: EvidenceTone; touchpointId: string };

export type ParticipantRoom = {
  readonly identity: ParticipantIdentity;
  state(): ConnectionState;
  deniedReason(): string;
  subscribe(listener: () => void): () => void;
  room(): LiveRoomInfo | null;
  activities(): LiveActivity[];
  /** The activity the facilitator shows now, if any. */
  currentActivity(): LiveActivity | null;
  results(activityId: string): LiveResults | null;
  name(): string;
  /** '' answers anonymously. */
  setName(name: string): WriteResult;
  ownEntries(activityId: string): OwnEntry[];
  /** Entries written on this phone that the relay has not judged yet. */
  pendingCount(): number;
  /** Sets a principle's rating (null: "don't know"); `withdraw` takes it back. */
  rate(
    activityId: string,
    principleId: PrincipleId,
    scores: { current: Score | null; target: Score | null },
  ): WriteResult;
  /** Sets a staff statement's score (null: "don't know"); `withdraw` takes it back. */
  rateStatement(
    activityId: string,
    statementId: StaffStatementId,
    score: Score | null,
  ): WriteResult;
  addIdea(activityId: string, text: string): WriteResult;
  addEvidence(
    activityId: string,
    evidence: { text: string; tone: EvidenceTone; touchpointId: string },
  ): WriteResult;
  /** Changes the text (and for evidence tone and touchpoint) of an own entry. */
  change(
    entryId: string,
    changes: { text?: string; tone?: EvidenceTone; touchpointId?: string },
  ): WriteResult;
  /** Dots on one option; 0 withdraws them. */
  setDots(activityId: string, optionId: string, dots: number): WriteResult;
  withdraw(entryId: string): WriteResult;
  destroy(): void;
};

export type JoinOptions = SocketOptions & {
  identity: ParticipantIdentity;
  publicDoc: Y.Doc;
  inboxDoc: Y.Doc;
};

function statusOf(entry: LiveEntry, receipt: Receipt | undefined): EntryStatus {
  if (!receipt || receipt.rev !== entry.rev) return { state: 'pending' };
  return receipt.status === 'accepted'
    ? { state: 'accepted' }
    : { state: 'rejected', reason: receipt.reason };
}

export function joinRoom(options: JoinOptions): ParticipantRoom {
  const { identity, publicDoc, inboxDoc } = options;
  // Parsed once per change of the public document: every write and every render reads them.
  let activityCache: Map<string, LiveActivity> | null = null;
  const activityMap = () => (activityCache ??= readActivityMap(publicDoc));
  const connection = connectRoom(options, [
    {
      name: roomDocumentName(identity.code, 'public'),
      document: publicDoc,
      token: { role: 'participant', joinKey: identity.joinKey },
      keepAlive: true,
      beforeNotify: () => (activityCache = null),
    },
    {
      name: inboxDocumentName(identity.code, identity.inboxId),
      document: inboxDoc,
      token: { role: 'participant', joinKey: identity.joinKey, inboxKey: identity.inboxKey },
    },
  ]);
  const entriesMap = inboxMaps.entries(inboxDoc);

  /** Judges the inbox as it would be after the write, with the relay's own rules. */
  function write(entry: LiveEntry | null, removeId?: string): WriteResult {
    const activities = activityMap();
    const target =
      entry ?? (removeId ? (entriesMap.get(removeId) as LiveEntry | undefined) : undefined);
    const activity = target ? activities.get(target.activityId) : undefined;
    if (!target || !activity) return { ok: false, reason: 'invalid' };
    if (activity.status !== 'open') return { ok: false, reason: 'late' };
    if (entry) {
      const trial = new Map<string, unknown>();
      entriesMap.forEach((value, key) => trial.set(key, value));
      trial.set(entry.id, entry);
      const receipt = judgeInbox(trial, activities).receipts.get(entry.id);
      if (receipt?.status === 'rejected') return { ok: false, reason: receipt.reason };
      entriesMap.set(entry.id, entry);
    } else if (removeId) {
      entriesMap.delete(removeId);
    }
    return { ok: true, id: target.id };
  }

  function own(activityId: string): LiveEntry[] {
    return readInbox(inboxDoc).entries.filter((entry) => entry.activityId === activityId);
  }

  function put(activityId: string, body: Body, existing?: LiveEntry): WriteResult {
    const entry = {
      ...body,
      id: existing?.id ?? newEntryId(),
      activityId,
      rev: (existing?.rev ?? 0) + 1,
    };
    return write(entry);
  }

  return {
    identity,
    state: connection.state,
    deniedReason: connection.deniedReason,
    subscribe: connection.subscribe,
    room: () => readRoomInfo(publicDoc),
    activities: () => [...activityMap().values()],
    currentActivity() {
      return activityMap().get(readRoomInfo(publicDoc)?.currentActivityId ?? '') ?? null;
    },
    results: (activityId) => readResults(publicDoc, activityId),
    name: () => readInbox(inboxDoc).name,
    setName(name) {
      const normal = normaliseName(name);
      if ('reason' in normal) return { ok: false, reason: normal.reason };
      inboxMaps.profile(inboxDoc).set('name', normal.value);
      return { ok: true, id: identity.inboxId };
    },
    ownEntries(activityId) {
      const { receipts } = readInbox(inboxDoc);
      return own(activityId).map((entry) => ({
        entry,
        status: statusOf(entry, receipts.get(entry.id)),
      }));
    },
    pendingCount() {
      const { entries, receipts } = readInbox(inboxDoc);
      const open = new Set(
        [...activityMap().values()].filter((a) => a.status === 'open').map((a) => a.id),
      );
      return entries.filter(
        (entry) =>
          open.has(entry.activityId) && statusOf(entry, receipts.get(entry.id)).state === 'pending',
      ).length;
    },
    rate(activityId, principleId, scores) {
      const existing = own(activityId).find(
        (entry) => entry.kind === 'rating' && entry.principleId === principleId,
      );
      return put(activityId, { kind: 'rating', principleId, ...scores }, existing);
    },
    rateStatement(activityId, statementId, score) {
      const existing = own(activityId).find(
        (entry) => entry.kind === 'staffRating' && entry.statementId === statementId,
      );
      return put(activityId, { kind: 'staffRating', statementId, score }, existing);
    },
    addIdea: (activityId, text) => put(activityId, { kind: 'idea', text: text.trim() }),
    addEvidence: (activityId, evidence) =>
      put(activityId, { kind: 'evidence', ...evidence, text: evidence.text.trim() }),
    change(entryId, update) {
      const existing = entriesMap.get(entryId) as LiveEntry | undefined;
      if (!existing || (existing.kind !== 'idea' && existing.kind !== 'evidence')) {
        return { ok: false, reason: 'invalid' };
      }
      const text = update.text === undefined ? existing.text : update.text.trim();
      const body: Body =
        existing.kind === 'idea'
          ? { kind: 'idea', text }
          : {
              kind: 'evidence',
              text,
              tone: update.tone ?? existing.tone,
              touchpointId: update.touchpointId ?? existing.touchpointId,
            };
      return put(existing.activityId, body, existing);
    },
    setDots(activityId, optionId, dots) {
      const existing = own(activityId).find(
        (entry) => entry.kind === 'vote' && entry.optionId === optionId,
      );
      if (dots <= 0) return existing ? write(null, existing.id) : { ok: true, id: '' };
      return put(activityId, { kind: 'vote', optionId, dots }, existing);
    },
    withdraw: (entryId) => write(null, entryId),
    destroy: connection.destroy,
  };
}
