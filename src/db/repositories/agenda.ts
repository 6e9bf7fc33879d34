import { parseClock, templateAgenda, CUSTOM_KIND } from '../../domain/agenda';
import type { AgendaStep, Language, TimerState } from '../../domain/types';
import { newId, nowIso } from '../../lib/ids';
import { db } from '../database';
import { guardWrite, StorageError } from '../errors';
import { orderedTable, type RowPatch } from './child-table';
import { addChecked, moveRow, updateRow, type MoveTarget } from './rows';

const steps = orderedTable('agendaSteps');

export type AgendaStepPatch = Pick<
  RowPatch<'agendaSteps'>,
  'title' | 'minutes' | 'isSkipped' | 'notes'
>;

const clampMinutes = (minutes: number) =>
  Math.min(600, Math.max(0, Math.round(Number.isFinite(minutes) ? minutes : 0)));

export async function listAgenda(workshopId: string): Promise<AgendaStep[]> {
  return (await steps.list(workshopId)).sort((a, b) => a.order - b.order);
}

/** Writes the method's template agenda; refused when the workshop already has one. */
export async function generateAgenda(workshopId: string, language: Language): Promise<void> {
  await guardWrite(() =>
    db.transaction('rw', db.agendaSteps, async () => {
      const existing = await db.agendaSteps.where('workshopId').equals(workshopId).count();
      if (existing > 0) return;
      const now = nowIso();
      await addChecked(
        'agendaSteps',
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

/** Adds a step of the facilitator's own at the end of the agenda. */
export async function createCustomStep(
  workshopId: string,
  title: string,
  minutes: number,
): Promise<AgendaStep> {
  const trimmed = title.trim();
  if (!trimmed) throw new StorageError('invalidInput');
  return steps.create(workshopId, {
    kind: CUSTOM_KIND,
    title: trimmed,
    minutes: clampMinutes(minutes),
    isSkipped: false,
    notes: '',
  });
}

export async function updateAgendaStep(id: string, patch: AgendaStepPatch): Promise<void> {
  const clamped = { ...patch };
  if (clamped.minutes !== undefined) clamped.minutes = clampMinutes(clamped.minutes);
  await steps.update(id, clamped);
}

/** Deletes a step; a timer running on it stops. */
export const deleteAgendaStep = steps.delete;
export const restoreAgendaStep = steps.restore;

/** Moves a step one place, or to where another step is (after a drag). */
export const moveAgendaStep = (stepId: string, target: MoveTarget) =>
  moveRow('agendaSteps', stepId, target);

export async function setTimer(workshopId: string, timer: TimerState | null): Promise<void> {
  await updateRow('workshops', workshopId, { timer });
}

/** The agenda's planned start, "HH:MM" or '' to clear it. */
export async function setAgendaStartTime(workshopId: string, time: string): Promise<void> {
  const value = time.trim();
  if (value !== '' && parseClock(value) === null) throw new StorageError('invalidInput');
  await updateRow('workshops', workshopId, { agendaStartTime: value });
}
