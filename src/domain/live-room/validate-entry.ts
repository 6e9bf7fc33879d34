/**
 * Validation of one entry against its activity. The relay runs it on everything a phone writes;
 * the phone runs it before writing, so a person sees the same rule the relay applies.
 */
import { isPrincipleId } from '../principles';
import { isStaffStatementId } from '../staff-statements';
import type { Score } from '../types';
import { isEntryId } from './codes';
import { LIVE_LIMITS } from './limits';
import {
  EVIDENCE_TONES,
  type EvidenceTone,
  type LiveActivity,
  type LiveEntry,
  type RejectReason,
} from './types';

type Raw = Record<string, unknown>;

function isObject(value: unknown): value is Raw {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isScoreOrNull(value: unknown): value is Score | null {
  return (
    value === null || (Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 5)
  );
}

type Checked<T> = { value: T } | { reason: RejectReason };

/** Trimmed text within 1..max characters, or the reason it is not. */
function checkText(value: unknown, max: number): Checked<string> {
  if (typeof value !== 'string' || !value.trim()) return { reason: 'invalid' };
  const text = value.trim();
  return text.length > max ? { reason: 'tooLong' } : { value: text };
}

/** The entry as the relay will pass it on (texts trimmed), or why it is dropped. */
export function validateEntry(raw: unknown, activity: LiveActivity): LiveEntry | RejectReason {
  if (!isObject(raw) || !isEntryId(raw.id) || raw.activityId !== activity.id) return 'invalid';
  if (!Number.isSafeInteger(raw.rev) || (raw.rev as number) < 1) return 'invalid';
  const base = { id: raw.id, activityId: activity.id, rev: raw.rev as number };
  switch (activity.kind) {
    case 'ratings': {
      if (raw.kind !== 'rating' || !isPrincipleId(raw.principleId)) return 'invalid';
      if (!activity.principleIds.includes(raw.principleId)) return 'outOfRange';
      const target = activity.asksTarget ? raw.target : null;
      if (!isScoreOrNull(raw.current) || !isScoreOrNull(target)) return 'outOfRange';
      return {
        ...base,
        kind: 'rating',
        principleId: raw.principleId,
        current: raw.current,
        target,
      };
    }
    case 'staffRatings': {
      if (raw.kind !== 'staffRating' || !isStaffStatementId(raw.statementId)) return 'invalid';
      if (!activity.statementIds.includes(raw.statementId)) return 'outOfRange';
      if (!isScoreOrNull(raw.score)) return 'outOfRange';
      return { ...base, kind: 'staffRating', statementId: raw.statementId, score: raw.score };
    }
    case 'ideas': {
      if (raw.kind !== 'idea') return 'invalid';
      const text = checkText(raw.text, LIVE_LIMITS.ideaLength);
      return 'reason' in text ? text.reason : { ...base, kind: 'idea', text: text.value };
    }
    case 'votes': {
      if (raw.kind !== 'vote' || typeof raw.optionId !== 'string') return 'invalid';
      if (!activity.options.some((option) => option.id === raw.optionId)) return 'outOfRange';
      const dots = raw.dots;
      if (
        !Number.isInteger(dots) ||
        (dots as number) < 1 ||
        (dots as number) > activity.dotsPerPerson
      ) {
        return 'outOfRange';
      }
      return { ...base, kind: 'vote', optionId: raw.optionId, dots: dots as number };
    }
    case 'evidence': {
      if (raw.kind !== 'evidence') return 'invalid';
      if (!EVIDENCE_TONES.includes(raw.tone as EvidenceTone)) return 'outOfRange';
      const touchpointId = raw.touchpointId ?? '';
      if (
        typeof touchpointId !== 'string' ||
        (touchpointId !== '' && !activity.touchpoints.some((point) => point.id === touchpointId))
      ) {
        return 'outOfRange';
      }
      const text = checkText(raw.text, LIVE_LIMITS.evidenceLength);
      if ('reason' in text) return text.reason;
      return {
        ...base,
        kind: 'evidence',
        text: text.value,
        tone: raw.tone as EvidenceTone,
        touchpointId,
      };
    }
  }
}

/** A participant's name: trimmed, single spaces, within the limit; '' is anonymous. */
export function normaliseName(raw: unknown): Checked<string> {
  if (raw === undefined || raw === null) return { value: '' };
  if (typeof raw !== 'string') return { reason: 'invalid' };
  const name = raw.replace(/\s+/g, ' ').trim();
  return name.length > LIVE_LIMITS.nameLength ? { reason: 'tooLong' } : { value: name };
}
