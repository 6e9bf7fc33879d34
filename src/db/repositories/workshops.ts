import type { WORKSHOP_DEFAULTS_V11 } from '../../domain/defaults';
import type { WorkshopInput } from '../../domain/workshop';
import {
  duplicateTitle,
  hasErrors,
  newWorkshop,
  validateWorkshopInput,
} from '../../domain/workshop';
import type { StatementUse, StatementUseId, Workshop } from '../../domain/types';
import { newId, nowIso } from '../../lib/ids';
import { db } from '../database';
import { guardWrite, StorageError } from '../errors';
import { checkPatch } from '../write-checks';
import { addChecked, patchChecked, updateRow } from './rows';
import { takeSnapshot } from './snapshots';
import {
  checkContent,
  purgeWorkshop,
  readWorkshopContent,
  withFreshIds,
  writeWorkshopContent,
} from './workshop-content';

/** How long a deleted workshop can be brought back. */
export const UNDO_DELETE_MS = 8_000;

export type WorkshopPatch = Partial<
  Pick<
    Workshop,
    | 'organisation'
    | 'title'
    | 'date'
    | 'facilitator'
    | 'mode'
    | 'language'
    | 'currentStatement'
    | 'strengths'
    | 'weaknesses'
    | 'targetStatement'
    | 'mission'
    | 'vision'
    | 'wordOfMouthGood'
    | 'wordOfMouthBad'
    | 'isSatisfied'
    | 'communicationPlan'
    | 'targetLevels'
    | 'principleImportance'
    | 'staffTargetLevels'
    | 'staffImportance'
    | 'statementUses'
    | 'dotsPerParticipant'
    | keyof typeof WORKSHOP_DEFAULTS_V11
  >
>;

export async function createWorkshop(input: WorkshopInput): Promise<Workshop> {
  const { value, errors } = validateWorkshopInput(input);
  if (hasErrors(errors)) throw new StorageError('invalidInput');
  const workshop = newWorkshop(value, newId(), nowIso());
  await guardWrite(() => addChecked('workshops', [workshop]));
  return workshop;
}

/** Changes fields of the workshop; a blank organisation or title is refused. */
export async function updateWorkshop(id: string, patch: WorkshopPatch): Promise<void> {
  await updateRow('workshops', id, patch);
}

/**
 * An edit made at `editedAt` and journaled when the tab closed: lands as `updateWorkshop` would,
 * unless the workshop changed after it. Returns whether it landed.
 */
export async function replayWorkshopEdit(
  id: string,
  patch: WorkshopPatch,
  editedAt: string,
): Promise<boolean> {
  return updateRow('workshops', id, patch, { editedAt });
}

/** Copies a workshop with everything in it under fresh ids, e.g. for next year's re-assessment. */
export async function duplicateWorkshop(id: string, copyWord: string): Promise<Workshop> {
  const content = await readWorkshopContent(id);
  if (!content) throw new StorageError('notFound');
  const copy = withFreshIds(content, newId);
  const now = nowIso();
  const workshop = {
    ...copy.workshop,
    title: duplicateTitle(content.workshop.title, copyWord),
    createdAt: now,
    updatedAt: now,
  };
  await guardWrite(() => writeWorkshopContent(checkContent({ ...copy, workshop })));
  return workshop;
}

/** Hides the workshop at once; it is purged for good when the undo window has passed. */
export async function deleteWorkshop(id: string): Promise<void> {
  // Best effort: a full disk must not stop a deletion that frees space.
  await takeSnapshot(id, 'beforeDelete').catch(() => undefined);
  // Not an edit: `updatedAt` stays, so an undone deletion keeps the workshop's place.
  await guardWrite(() => db.workshops.update(id, checkPatch('workshops', { deletedAt: nowIso() })));
}

export async function undoDeleteWorkshop(id: string): Promise<void> {
  await guardWrite(() =>
    db.workshops
      .where('id')
      .equals(id)
      .modify((workshop) => {
        delete workshop.deletedAt;
      }),
  );
}

/** Erases workshops whose undo window has passed, with every row that belongs to them. */
export async function purgeDeletedWorkshops(now = Date.now()): Promise<number> {
  const deleted = await db.workshops.where('deletedAt').above('').toArray();
  const expired = deleted.filter(
    (workshop) => now - Date.parse(workshop.deletedAt ?? '') >= UNDO_DELETE_MS,
  );
  for (const workshop of expired) await guardWrite(() => purgeWorkshop(workshop.id));
  return expired.length;
}

export async function listWorkshops(): Promise<Workshop[]> {
  const all = await db.workshops.orderBy('updatedAt').reverse().toArray();
  return all.filter((workshop) => !workshop.deletedAt);
}

export async function getWorkshop(id: string): Promise<Workshop | undefined> {
  const workshop = await db.workshops.get(id);
  return workshop && !workshop.deletedAt ? workshop : undefined;
}

type MapField =
  | 'targetLevels'
  | 'principleImportance'
  | 'staffTargetLevels'
  | 'staffImportance'
  | 'statementUses';

/**
 * Sets (or with `undefined` removes) one key of a map field, reading the stored map inside the
 * transaction, so quick successive changes to different keys never overwrite each other.
 */
export async function setWorkshopMapEntry<F extends MapField>(
  id: string,
  field: F,
  key: keyof Workshop[F] & string,
  value: Workshop[F][keyof Workshop[F]] | undefined,
): Promise<void> {
  await guardWrite(() =>
    db.transaction('rw', db.workshops, async () => {
      const workshop = await db.workshops.get(id);
      if (!workshop) throw new StorageError('notFound');
      const next = { ...workshop[field] } as Record<string, unknown>;
      if (value === undefined) delete next[key];
      else next[key] = value;
      await patchChecked('workshops', id, { [field]: next });
    }),
  );
}

/**
 * Appends an entry to the strengths or weaknesses, reading the stored list first; refused with
 * `overLimit` when the list is full.
 */
export async function appendToWorkshopList(
  id: string,
  list: 'strengths' | 'weaknesses',
  text: string,
): Promise<void> {
  await guardWrite(() =>
    db.transaction('rw', db.workshops, async () => {
      const workshop = await db.workshops.get(id);
      if (!workshop) throw new StorageError('notFound');
      await patchChecked('workshops', id, { [list]: [...workshop[list], { id: newId(), text }] });
    }),
  );
}

/** Changes the note or the check of one statement use, keeping the other as stored. */
export async function patchStatementUse(
  id: string,
  use: StatementUseId,
  patch: Partial<StatementUse>,
): Promise<void> {
  await guardWrite(() =>
    db.transaction('rw', db.workshops, async () => {
      const workshop = await db.workshops.get(id);
      if (!workshop) throw new StorageError('notFound');
      const current = workshop.statementUses[use] ?? { isUsed: false, note: '' };
      const statementUses = { ...workshop.statementUses, [use]: { ...current, ...patch } };
      await patchChecked('workshops', id, { statementUses });
    }),
  );
}
