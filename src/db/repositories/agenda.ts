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

/**
 * Moves a step one place (`by`) or to where another step is (`to`, after a drag), in the stored
 * order read inside the transaction: two quick clicks on "Move down" move it two places, where
 * an order worked out from the screen would have written the same place twice.
 */
export async function moveAgendaStep(
  stepId: string,
  target: { by: -1 | 1 } | { to: string },
): Promise<void> {
  await guardWrite(() =>
    db.transaction('rw', db.agendaSteps, async () => {
      const moved = await db.agendaSteps.get(stepId);
      if (!moved) return;
      const ids = (await listAgenda(moved.workshopId)).map((step) => step.id);
      const from = ids.indexOf(stepId);
      const to = 'by' in target ? from + target.by : ids.indexOf(target.to);
      if (from < 0 || to < 0 || to >= ids.length || from === to) return;
      ids.splice(to, 0, ...ids.splice(from, 1));
      const now = nowIso();
      for (const [order, id] of ids.entries())
        await db.agendaSteps.update(id, { order, updatedAt: now });
    }),
  );
}

export async function setTimer(workshopId: string, timer: TimerState | null): Promise<void> {
  await changeTimer(workshopId, () => timer);
}

/**
 * Changes the timer from its stored state inside one transaction, so quick commands (+1 min,
 * then Pause) each build on the one before instead of on the state the screen last showed.
 */
export async function changeTimer(
  workshopId: string,
  change: (stored: TimerState | null) => TimerState | null,
): Promise<void> {
  await guardWrite(() =>
    db.transaction('rw', db.workshops, async () => {
      const workshop = await db.workshops.get(workshopId);
      if (!workshop) throw new StorageError('notFound');
      const timer = change(workshop.timer);
      if (timer !== workshop.timer)
        await db.workshops.update(workshopId, { timer, updatedAt: nowIso() });
    }),
  );
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
