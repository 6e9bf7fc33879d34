import type { WorkshopInput } from '../../domain/workshop';
import {
  clampList,
  duplicateTitle,
  hasErrors,
  newWorkshop,
  validateWorkshopInput,
} from '../../domain/workshop';
import { LIMITS } from '../../domain/limits';
import type { StatementUse, StatementUseId, Workshop } from '../../domain/types';
import { newId, nowIso } from '../../lib/ids';
import { db } from '../database';
import { guardWrite, StorageError } from '../errors';
import { takeSnapshot } from './snapshots';
import {
  purgeWorkshop,
  readWorkshopBundle,
  withFreshIds,
  writeWorkshopBundle,
} from './workshop-bundle';

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
    | 'statementUses'
    | 'dotsPerParticipant'
  >
>;

export async function createWorkshop(input: WorkshopInput): Promise<Workshop> {
  const { value, errors } = validateWorkshopInput(input);
  if (hasErrors(errors)) throw new StorageError('invalidInput');
  const workshop = newWorkshop(value, newId(), nowIso());
  await guardWrite(() => db.workshops.add(workshop));
  return workshop;
}

function clampPatch(patch: WorkshopPatch): WorkshopPatch {
  const clamped: WorkshopPatch = { ...patch };
  for (const field of ['organisation', 'title', 'facilitator'] as const) {
    const text = clamped[field];
    if (text !== undefined) clamped[field] = text.slice(0, LIMITS.shortText);
  }
  for (const field of [
    'currentStatement',
    'targetStatement',
    'mission',
    'vision',
    'communicationPlan',
  ] as const) {
    const text = clamped[field];
    if (text !== undefined) clamped[field] = text.slice(0, LIMITS.longText);
  }
  if (clamped.strengths) clamped.strengths = clampList(clamped.strengths);
  if (clamped.weaknesses) clamped.weaknesses = clampList(clamped.weaknesses);
  return clamped;
}

export async function updateWorkshop(id: string, patch: WorkshopPatch): Promise<void> {
  const clamped = clampPatch(patch);
  for (const field of ['organisation', 'title'] as const) {
    if (clamped[field] !== undefined && !clamped[field].trim()) {
      throw new StorageError('invalidInput');
    }
  }
  const changed = await guardWrite(() =>
    db.workshops.update(id, { ...clamped, updatedAt: nowIso() }),
  );
  if (!changed) throw new StorageError('notFound');
}

/** Copies a workshop with everything in it under fresh ids, e.g. for next year's re-assessment. */
export async function duplicateWorkshop(id: string, copyWord: string): Promise<Workshop> {
  const bundle = await readWorkshopBundle(id);
  if (!bundle) throw new StorageError('notFound');
  const copy = withFreshIds(bundle, newId);
  const now = nowIso();
  const workshop = {
    ...copy.workshop,
    title: duplicateTitle(bundle.workshop.title, copyWord),
    createdAt: now,
    updatedAt: now,
  };
  await guardWrite(() => writeWorkshopBundle({ ...copy, workshop }));
  return workshop;
}

/** Hides the workshop at once; it is purged for good when the undo window has passed. */
export async function deleteWorkshop(id: string): Promise<void> {
  // Best effort: a full disk must not stop a deletion that frees space.
  await takeSnapshot(id, 'beforeDelete').catch(() => undefined);
  await guardWrite(() => db.workshops.update(id, { deletedAt: nowIso() }));
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

type MapField = 'targetLevels' | 'principleImportance' | 'statementUses';

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
      await db.workshops.put({ ...workshop, [field]: next, updatedAt: nowIso() });
    }),
  );
}

/** Appends an entry to the strengths or weaknesses, reading the stored list first. */
export async function appendToWorkshopList(
  id: string,
  list: 'strengths' | 'weaknesses',
  text: string,
): Promise<void> {
  await guardWrite(() =>
    db.transaction('rw', db.workshops, async () => {
      const workshop = await db.workshops.get(id);
      if (!workshop) throw new StorageError('notFound');
      const entries = clampList([...workshop[list], { id: newId(), text }]);
      await db.workshops.put({ ...workshop, [list]: entries, updatedAt: nowIso() });
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
      const next = {
        ...current,
        ...patch,
        note: (patch.note ?? current.note).slice(0, LIMITS.listEntry),
      };
      await db.workshops.update(id, {
        statementUses: { ...workshop.statementUses, [use]: next },
        updatedAt: nowIso(),
      });
    }),
  );
}
