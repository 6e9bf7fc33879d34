/**
 * The relay's verdict on a whole inbox: each entry validated, then the per-person counts of its
 * activity enforced. Deterministic (entries in id order), so two relays reach the same verdict.
 */
import { LIVE_LIMITS } from './limits';
import type { LiveActivity, LiveEntry, Receipt, RejectReason } from './types';
import { validateEntry } from './validate-entry';
import { isEntryId } from './codes';

export type InboxVerdict = {
  /** Entries to pass on, keyed by id. */
  accepted: Map<string, LiveEntry>;
  /** A receipt for every entry judged; entries of activities not yet known get none. */
  receipts: Map<string, Receipt>;
  /** Ids of entries whose activity was revealed: the relay keeps what it had before. */
  frozen: Set<string>;
};

type Raw = { id?: unknown; activityId?: unknown; rev?: unknown };

function revOf(raw: Raw): number {
  return Number.isSafeInteger(raw.rev) ? (raw.rev as number) : 0;
}

/** Whether one more accepted entry keeps the person within the activity's counts. */
function fitsCounts(entry: LiveEntry, activity: LiveActivity, taken: LiveEntry[]): boolean {
  switch (entry.kind) {
    case 'rating':
      return !taken.some(
        (other) => other.kind === 'rating' && other.principleId === entry.principleId,
      );
    case 'staffRating':
      return !taken.some(
        (other) => other.kind === 'staffRating' && other.statementId === entry.statementId,
      );
    case 'vote': {
      if (taken.some((other) => other.kind === 'vote' && other.optionId === entry.optionId))
        return false;
      const used = taken.reduce((sum, other) => sum + (other.kind === 'vote' ? other.dots : 0), 0);
      return activity.kind === 'votes' && used + entry.dots <= activity.dotsPerPerson;
    }
    case 'idea':
      return activity.kind === 'ideas' && taken.length < activity.maxPerPerson;
    case 'evidence':
      return activity.kind === 'evidence' && taken.length < activity.maxPerPerson;
  }
}

export function judgeInbox(
  rawEntries: Iterable<[string, unknown]>,
  activities: ReadonlyMap<string, LiveActivity>,
): InboxVerdict {
  const verdict: InboxVerdict = { accepted: new Map(), receipts: new Map(), frozen: new Set() };
  const sorted = [...rawEntries]
    .filter(([key]) => isEntryId(key))
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .slice(0, LIVE_LIMITS.inboxKeys);
  const takenByActivity = new Map<string, LiveEntry[]>();
  for (const [key, value] of sorted) {
    const raw = (typeof value === 'object' && value !== null ? value : {}) as Raw;
    const reject = (reason: RejectReason) =>
      verdict.receipts.set(key, { rev: revOf(raw), status: 'rejected', reason });
    const activity =
      typeof raw.activityId === 'string' ? activities.get(raw.activityId) : undefined;
    if (!activity || activity.status === 'planned') continue; // not known yet: judged later
    if (activity.status === 'revealed') {
      verdict.frozen.add(key);
      continue;
    }
    const entry = raw.id === key ? validateEntry(raw, activity) : 'invalid';
    if (typeof entry === 'string') {
      reject(entry);
      continue;
    }
    const taken = takenByActivity.get(activity.id) ?? [];
    if (!fitsCounts(entry, activity, taken)) {
      reject('tooMany');
      continue;
    }
    taken.push(entry);
    takenByActivity.set(activity.id, taken);
    verdict.accepted.set(key, entry);
    verdict.receipts.set(key, { rev: entry.rev, status: 'accepted' });
  }
  return verdict;
}
