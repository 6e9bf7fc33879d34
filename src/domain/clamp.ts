import { LIMITS } from './limits';

/** Field names that hold short labels rather than prose. */
const SHORT_FIELDS = new Set(['name', 'title', 'owner', 'channel', 'unit', 'reporter', 'format']);

/** Cuts every text field of a record or patch to its limit, so one paste cannot fill the disk. */
export function clampTexts<T extends object>(record: T): T {
  const copy = { ...record } as Record<string, unknown>;
  for (const [key, value] of Object.entries(copy)) {
    if (typeof value === 'string') {
      copy[key] = value.slice(0, SHORT_FIELDS.has(key) ? LIMITS.shortText : LIMITS.longText);
    } else if (Array.isArray(value) && value.every((item) => typeof item === 'string')) {
      copy[key] = value.slice(0, LIMITS.listLength).map((item) => item.slice(0, LIMITS.shortText));
    }
  }
  return copy as T;
}

/** Keeps a 1–5 score in range; anything else becomes null ("not set"). */
export function clampScore(value: unknown): 1 | 2 | 3 | 4 | 5 | null {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5
    ? (value as 1 | 2 | 3 | 4 | 5)
    : null;
}
