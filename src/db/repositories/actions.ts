import { ACTION_DEFAULTS_V4 } from '../../domain/defaults';
import { clampTexts } from '../../domain/clamp';
import { LIMITS } from '../../domain/limits';
import type { Action, ActionStatus } from '../../domain/types';
import { newId, nowIso } from '../../lib/ids';
import { db } from '../database';
import { guardWrite, StorageError } from '../errors';
import { withoutHidden } from '../../domain/room-visibility';
import { hiddenRoomSessionIds } from './room-visibility';

export type ActionPatch = Partial<Omit<Action, 'id' | 'workshopId' | 'createdAt' | 'updatedAt'>>;

function clampAction<T extends ActionPatch>(patch: T): T {
  const clamped = clampTexts(patch);
  if (clamped.title !== undefined) clamped.title = patch.title!.slice(0, LIMITS.listEntry);
  return clamped;
}

/** The plan's actions; ideas of a room session that is not revealed yet are left out. */
export async function listActions(workshopId: string): Promise<Action[]> {
  const rows = await db.actions.where('workshopId').equals(workshopId).toArray();
  const actions = withoutHidden(rows, await hiddenRoomSessionIds(workshopId));
  return actions.sort((a, b) => a.order - b.order);
}

export async function addAction(
  workshopId: string,
  fields: { title: string; owner?: string; dueDate?: string; status?: ActionStatus } & ActionPatch,
): Promise<Action> {
  const existing = await db.actions.where('workshopId').equals(workshopId).toArray();
  const now = nowIso();
  const action: Action = clampAction({
    ...structuredClone(ACTION_DEFAULTS_V4),
    id: newId(),
    workshopId,
    ...fields,
    owner: fields.owner ?? '',
    dueDate: fields.dueDate ?? '',
    status: fields.status ?? 'planned',
    order: existing.reduce((max, item) => Math.max(max, item.order + 1), 0),
    createdAt: now,
    updatedAt: now,
  });
  await guardWrite(() => db.actions.add(action));
  return action;
}

export async function updateAction(id: string, patch: ActionPatch): Promise<void> {
  const changed = await guardWrite(() =>
    db.actions.update(id, { ...clampAction(patch), updatedAt: nowIso() }),
  );
  if (!changed) throw new StorageError('notFound');
}

export async function deleteAction(id: string): Promise<Action | undefined> {
  const action = await db.actions.get(id);
  await guardWrite(() => db.actions.delete(id));
  return action;
}

/** Puts a deleted action back exactly as it was (undo). */
export async function restoreAction(action: Action): Promise<void> {
  await guardWrite(() => db.actions.put(action));
}

/** Moves an action one place up or down in the plan. */
export async function moveAction(workshopId: string, id: string, direction: -1 | 1): Promise<void> {
  await guardWrite(() =>
    db.transaction('rw', db.actions, db.roomSessions, async () => {
      const actions = await listActions(workshopId);
      const index = actions.findIndex((action) => action.id === id);
      const other = actions[index + direction];
      const current = actions[index];
      if (!current || !other) return;
      const now = nowIso();
      await db.actions.update(current.id, { order: other.order, updatedAt: now });
      await db.actions.update(other.id, { order: current.order, updatedAt: now });
    }),
  );
}
