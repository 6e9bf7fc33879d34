import * as z from 'zod/mini';
import type { WorkshopContent } from '../workshop-content';
import { BACKUP_FORMAT, BACKUP_VERSION, backupSchema } from './backup-schema';

// zod/mini carries no messages of its own; the problem named to the user reads as before.
z.config(z.locales.en());

export const MAX_BACKUP_BYTES = 50 * 1024 * 1024;

export type BackupErrorCode =
  'tooLarge' | 'notJson' | 'truncated' | 'notBackup' | 'newerVersion' | 'invalid';
export type BackupParseResult =
  | { ok: true; workshops: WorkshopContent[]; exportedAt: string; isRedacted: boolean }
  | { ok: false; code: BackupErrorCode; detail?: string };

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** JSON.parse that drops keys able to pollute prototypes. */
export function parseJsonSafely(text: string): unknown {
  return JSON.parse(text, (key, value: unknown) => (FORBIDDEN_KEYS.has(key) ? undefined : value));
}

/** A backup file's text; a redacted copy says so in its header, so an import can tell. */
export function createBackup(
  workshops: readonly WorkshopContent[],
  exportedAt: string,
  options: { isRedacted?: boolean } = {},
): string {
  const mark = options.isRedacted ? { redacted: true } : {};
  return JSON.stringify(
    { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt, ...mark, workshops },
    null,
    1,
  );
}

/** Reads a backup file's text: checks the envelope, validates every record, cuts over-long texts. */
export function parseBackup(text: string): BackupParseResult {
  if (text.length > MAX_BACKUP_BYTES) return { ok: false, code: 'tooLarge' };
  let data: unknown;
  try {
    data = parseJsonSafely(text);
  } catch {
    const trimmed = text.trim();
    const looksCut = trimmed.startsWith('{') && !trimmed.endsWith('}');
    return { ok: false, code: looksCut ? 'truncated' : 'notJson' };
  }
  if (
    !data ||
    typeof data !== 'object' ||
    (data as { format?: unknown }).format !== BACKUP_FORMAT
  ) {
    return { ok: false, code: 'notBackup' };
  }
  const version = (data as { version?: unknown }).version;
  if (typeof version === 'number' && version > BACKUP_VERSION)
    return { ok: false, code: 'newerVersion' };
  const result = backupSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0];
    return {
      ok: false,
      code: 'invalid',
      detail: issue ? `${issue.path.join('.')}: ${issue.message}` : undefined,
    };
  }
  const workshops: WorkshopContent[] = result.data.workshops;
  return {
    ok: true,
    workshops,
    exportedAt: result.data.exportedAt,
    isRedacted: result.data.redacted === true,
  };
}
