import { ACTION_FIELD_DEFAULTS } from '../../domain/defaults';
import { planOrder } from '../../domain/path';
import { withoutHidden } from '../../domain/room-visibility';
import type { Action, ActionStatus } from '../../domain/types';
import { nowIso } from '../../lib/ids';
import { db } from '../database';
import { guardWrite } from '../errors';
import { orderedTable, type RowPatch } from './child-table';
import { patchChecked, reorderRows } from './rows';
import { hiddenRoomSessionIds } from './room-visibility';

export type ActionPatch = RowPatch<'actions'>;

const actions = orderedTable('actions');

/** The plan's actions; ideas of a room session that is not revealed yet are left out. */
export async function listActions(workshopId: string): Promise<Action[]> {
  const rows = await actions.list(workshopId);
  const visible = withoutHidden(rows, await hiddenRoomSessionIds(workshopId));
  return visible.sort((a, b) => a.order - b.order);
}

/** Adds an action at the end of the plan; every field but the title has a default. */
export async function createAction(
  workshopId: string,
  fields: { title: string; owner?: string; dueDate?: string; status?: ActionStatus } & ActionPatch,
): Promise<Action> {
  return actions.create(workshopId, {
    ...structuredClone(ACTION_FIELD_DEFAULTS),
    ...fields,
    owner: fields.owner ?? '',
    dueDate: fields.dueDate ?? '',
    status: fields.status ?? 'planned',
  });
}

export const updateAction = actions.update;
/** Deletes an action with its dot votes and the review notes about it. */
export const deleteAction = actions.delete;
export const restoreAction = actions.restore;

/** Writes a whole new priority order at once. */
export async function reorderActions(ordered: readonly Pick<Action, 'id'>[]): Promise<void> {
  await reorderRows(
    'actions',
    ordered.map((action) => action.id),
  );
}

/**
 * Moves an action one place up or down in the plan's reading order, within its group: a chosen
 * small improvement trades its rank with the neighbouring one, any other action its place.
 */
export async function moveAction(workshopId: string, id: string, direction: -1 | 1): Promise<void> {
  await guardWrite(() =>
    db.transaction('rw', db.actions, db.roomSessions, async () => {
      const visible = await listActions(workshopId);
      const current = visible.find((action) => action.id === id);
      if (!current) return;
      const isChosen = current.quickWinRank !== null;
      const group = planOrder(visible).filter(
        (action) => (action.quickWinRank !== null) === isChosen,
      );
      const other = group[group.findIndex((action) => action.id === id) + direction];
      if (!other) return;
      const now = nowIso();
      const field = isChosen ? 'quickWinRank' : 'order';
      await patchChecked('actions', current.id, { [field]: other[field] }, now);
      await patchChecked('actions', other.id, { [field]: current[field] }, now);
    }),
  );
}

/** Makes an action quick win number `rank` (1–3), or clears that rank with actionId ''. */
export async function setQuickWin(
  workshopId: string,
  rank: number,
  actionId: string,
): Promise<void> {
  const now = nowIso();
  await guardWrite(() =>
    db.transaction('rw', db.actions, async () => {
      const rows = await db.actions.where('workshopId').equals(workshopId).toArray();
      for (const action of rows) {
        const shouldHold = action.id === actionId;
        if (action.quickWinRank === rank && !shouldHold)
          await patchChecked('actions', action.id, { quickWinRank: null }, now);
        if (shouldHold && action.quickWinRank !== rank)
          await patchChecked('actions', action.id, { quickWinRank: rank }, now);
      }
    }),
  );
}
