/** Field limits: generous for real work, bounded so one paste cannot fill the disk. */
export const LIMITS = {
  shortText: 200,
  longText: 20_000,
  listEntry: 2_000,
  listLength: 200,
} as const;
