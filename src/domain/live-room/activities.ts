/** Activities as the facilitator sets them up, and as anyone reads them back from the room. */
import { isPrincipleId, PRINCIPLE_IDS, type PrincipleId } from '../principles';
import {
  isStaffStatementId,
  STAFF_STATEMENT_IDS,
  type StaffStatementId,
} from '../staff-statements';
import { isEntryId, newEntryId } from './codes';
import { LIVE_LIMITS } from './limits';
import type { LiveActivity, LiveActivityStatus, LiveTouchpoint, VoteOption } from './types';

export type ActivityInput =
  | { kind: 'ratings'; principleIds?: readonly PrincipleId[]; asksTarget?: boolean }
  | { kind: 'staffRatings'; statementIds?: readonly StaffStatementId[] }
  | {
      kind: 'ideas';
      focusPrincipleId?: PrincipleId | '';
      focusText?: string;
      maxPerPerson?: number;
    }
  | { kind: 'votes'; options: readonly VoteOption[]; dotsPerPerson?: number }
  | { kind: 'evidence'; touchpoints?: readonly LiveTouchpoint[]; maxPerPerson?: number };

const STATUSES: readonly LiveActivityStatus[] = ['planned', 'open', 'revealed'];

function clampInt(value: unknown, bounds: { min: number; max: number }, fallback: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return fallback;
  return Math.min(bounds.max, Math.max(bounds.min, Math.round(value)));
}

function text(value: unknown, max: number): string {
  return typeof value === 'string' ? value.replace(/\s+/g, ' ').trim().slice(0, max) : '';
}

/** Id/name pairs with non-empty names, unique ids, at most `limit`. */
function namedList(value: unknown, limit: number, nameKey: 'title' | 'name', max: number) {
  if (!Array.isArray(value)) return [];
  const seen = new Set<string>();
  const list: { id: string; label: string }[] = [];
  for (const item of value as Record<string, unknown>[]) {
    const id = typeof item?.id === 'string' ? item.id.slice(0, 100) : '';
    const label = text(item?.[nameKey], max);
    if (!id || !label || seen.has(id)) continue;
    seen.add(id);
    list.push({ id, label });
    if (list.length === limit) break;
  }
  return list;
}

/** The activity's settings, clamped to what the relay accepts; status and times from `base`. */
type Timing = 'id' | 'status' | 'order' | 'openedAt' | 'revealedAt';
type Settings =
  | Omit<Extract<LiveActivity, { kind: 'ratings' }>, Timing>
  | Omit<Extract<LiveActivity, { kind: 'staffRatings' }>, Timing>
  | Omit<Extract<LiveActivity, { kind: 'ideas' }>, Timing>
  | Omit<Extract<LiveActivity, { kind: 'votes' }>, Timing>
  | Omit<Extract<LiveActivity, { kind: 'evidence' }>, Timing>;

function settings(input: Record<string, unknown>): Settings | null {
  switch (input.kind) {
    case 'ratings': {
      const wanted = Array.isArray(input.principleIds)
        ? input.principleIds.filter(isPrincipleId)
        : [];
      const principleIds = PRINCIPLE_IDS.filter((id) => wanted.length === 0 || wanted.includes(id));
      return { kind: 'ratings', principleIds, asksTarget: input.asksTarget !== false };
    }
    case 'staffRatings': {
      const wanted = Array.isArray(input.statementIds)
        ? input.statementIds.filter(isStaffStatementId)
        : [];
      const statementIds = STAFF_STATEMENT_IDS.filter(
        (id) => wanted.length === 0 || wanted.includes(id),
      );
      return { kind: 'staffRatings', statementIds };
    }
    case 'ideas':
      return {
        kind: 'ideas',
        focusPrincipleId: isPrincipleId(input.focusPrincipleId) ? input.focusPrincipleId : '',
        focusText: text(input.focusText, LIVE_LIMITS.focusTextLength),
        maxPerPerson: clampInt(
          input.maxPerPerson,
          LIVE_LIMITS.perPerson,
          LIVE_LIMITS.perPerson.ideasDefault,
        ),
      };
    case 'votes':
      return {
        kind: 'votes',
        options: namedList(
          input.options,
          LIVE_LIMITS.voteOptions,
          'title',
          LIVE_LIMITS.optionTitleLength,
        ).map(({ id, label }) => ({ id, title: label })),
        dotsPerPerson: clampInt(
          input.dotsPerPerson,
          LIVE_LIMITS.dotsPerPerson,
          LIVE_LIMITS.dotsPerPerson.default,
        ),
      };
    case 'evidence':
      return {
        kind: 'evidence',
        touchpoints: namedList(
          input.touchpoints,
          LIVE_LIMITS.touchpoints,
          'name',
          LIVE_LIMITS.touchpointNameLength,
        ).map(({ id, label }) => ({ id, name: label })),
        maxPerPerson: clampInt(
          input.maxPerPerson,
          LIVE_LIMITS.perPerson,
          LIVE_LIMITS.perPerson.evidenceDefault,
        ),
      };
    default:
      return null;
  }
}

/** A new planned activity from the facilitator's choices. Throws on a vote without options. */
export function newActivity(input: ActivityInput, order: number): LiveActivity {
  const made = settings(input);
  if (!made) throw new Error('unknown activity kind');
  if (made.kind === 'votes' && made.options.length === 0) throw new Error('a vote needs options');
  return { ...made, id: newEntryId(), status: 'planned', order, openedAt: '', revealedAt: '' };
}

/** An activity read from a room document, or null when it is not one (documents are untrusted). */
export function parseActivity(raw: unknown): LiveActivity | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const input = raw as Record<string, unknown>;
  const made = settings(input);
  if (!made || !isEntryId(input.id)) return null;
  const status = STATUSES.includes(input.status as LiveActivityStatus)
    ? (input.status as LiveActivityStatus)
    : 'planned';
  return {
    ...made,
    id: input.id,
    status,
    order: clampInt(input.order, { min: 0, max: 10_000 }, 0),
    openedAt: typeof input.openedAt === 'string' ? input.openedAt : '',
    revealedAt: typeof input.revealedAt === 'string' ? input.revealedAt : '',
  };
}
