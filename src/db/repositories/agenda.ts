import { parseClock, templateAgenda, CUSTOM_KIND } from '../../domain/agenda';
import type { AgendaStep, Language, TimerState } from '../../domain/types';
import { newId, nowIso } from '../../lib/ids';
import { db } from '../database';
import { guardWrite, StorageError } from '../errors';
import { childRepository, type NewFields } from './child-table';

const repository = childRepository<AgendaStep>('agendaSteps');

export type AgendaStepPatch = Partial<
  Pick<AgendaStep, 'title' | 'minutes' | 'isSkipped' | 'notes'>
>;

const clampMinutes = (minutes: number) =>
  Math.min(600, Math.max(0, Math.round(Number.isFinite(minutes) ? minutes : 0)));

export async function listAgenda(workshopId: string): Promise<AgendaStep[]> {
  return (await repository.list(workshopId)).sort((a, b) => a.order - b.order);
}

/** Writes the method's template agenda; refused when the workshop already has one. */
export async function generateAgenda(workshopId: string, language: Language): Promise<void> {
  await guardWrite(() =>
    db.transaction('rw', db.agendaSteps, async () => {
      const existing = await db.agendaSteps.where('workshopId').equals(workshopId).count();
      if (existing > 0) return;
      const now = nowIso();
      await db.agendaSteps.bulkAdd(
        templateAgenda(language).map((step) => ({
          ...step,
          id: newId(),
          workshopId,
          createdAt: now,
          updatedAt: now,
        })),
      );
    }),
  );
}

export async function addCustomStep(
  workshopId: string,
  title: string,
  minutes: number,
): Promise<AgendaStep> {
  const fields: NewFields<AgendaStep> = {
    kind: CUSTOM_KIND,
    title: title.trim(),
    minutes: clampMinutes(minutes),
    order: await repository.nextOrder(workshopId),
    isSkipped: false,
    notes: '',
  };
  if (!fields.title) throw new StorageError('invalidInput');
  return repository.add(workshopId, fields);
}

export async function updateAgendaStep(id: string, patch: AgendaStepPatch): Promise<void> {
  const clamped = { ...patch };
  if (clamped.minutes !== undefined) clamped.minutes = clampMinutes(clamped.minutes);
  await repository.update(id, clamped);
}

export const deleteAgendaStep = (id: string) => repository.remove(id);
export const restoreAgendaStep = (step: AgendaStep) => repository.restore(step);

/** Writes a whole new order at once (after a drag or a move up/down). */
export async function reorderAgenda(orderedIds: readonly string[]): Promise<void> {
  const now = nowIso();
  await guardWrite(() =>
    db.transaction('rw', db.agendaSteps, async () => {
      for (const [order, id] of orderedIds.entries())
        await db.agendaSteps.update(id, { order, updatedAt: now });
    }),
  );
}

export async function setTimer(workshopId: string, timer: TimerState | null): Promise<void> {
  const changed = await guardWrite(() =>
    db.workshops.update(workshopId, { timer, updatedAt: nowIso() }),
  );
  if (!changed) throw new StorageError('notFound');
}

/** The agenda's planned start, "HH:MM" or '' to clear it. */
export async function setAgendaStartTime(workshopId: string, time: string): Promise<void> {
  const value = time.trim();
  if (value !== '' && parseClock(value) === null) throw new StorageError('invalidInput');
  const changed = await guardWrite(() =>
    db.workshops.update(workshopId, { agendaStartTime: value, updatedAt: nowIso() }),
  );
  if (!changed) throw new StorageError('notFound');
}
