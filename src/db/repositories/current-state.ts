import type {
  EvidenceItem,
  JourneyStage,
  OrgValue,
  Segment,
  Theme,
  Touchpoint,
} from '../../domain/types';
import { nowIso } from '../../lib/ids';
import { db } from '../database';
import { guardWrite } from '../errors';
import { childRepository } from './child-table';

export const evidenceRepository = childRepository<EvidenceItem>('evidence');
export const themeRepository = childRepository<Theme>('themes');
export const stageRepository = childRepository<JourneyStage>('journeyStages');
export const touchpointRepository = childRepository<Touchpoint>('touchpoints');
export const segmentRepository = childRepository<Segment>('segments');
export const orgValueRepository = childRepository<OrgValue>('orgValues');

/** Puts the chosen items into a theme (or takes them out with themeId ''). */
export async function assignTheme(itemIds: readonly string[], themeId: string): Promise<void> {
  const now = nowIso();
  await guardWrite(() =>
    db.transaction('rw', db.evidence, async () => {
      for (const id of itemIds) await db.evidence.update(id, { themeId, updatedAt: now });
    }),
  );
}

/** Deletes a theme; its items stay, ungrouped. */
export async function deleteTheme(theme: Theme): Promise<void> {
  await guardWrite(() =>
    db.transaction('rw', db.themes, db.evidence, async () => {
      await db.evidence
        .where({ workshopId: theme.workshopId, themeId: theme.id })
        .modify({ themeId: '' });
      await db.themes.delete(theme.id);
    }),
  );
}

/** Deletes a stage with its touchpoints; evidence pointing at them is kept, unlinked. */
export async function deleteStage(stage: JourneyStage): Promise<void> {
  await guardWrite(() =>
    db.transaction('rw', db.journeyStages, db.touchpoints, db.evidence, async () => {
      const touchpoints = await db.touchpoints.where('stageId').equals(stage.id).toArray();
      for (const touchpoint of touchpoints) await unlinkTouchpoint(touchpoint);
      await db.touchpoints.where('stageId').equals(stage.id).delete();
      await db.journeyStages.delete(stage.id);
    }),
  );
}

async function unlinkTouchpoint(touchpoint: Touchpoint) {
  await db.evidence
    .where({ workshopId: touchpoint.workshopId, touchpointId: touchpoint.id })
    .modify({ touchpointId: '' });
}

export async function deleteTouchpoint(touchpoint: Touchpoint): Promise<void> {
  await guardWrite(() =>
    db.transaction('rw', db.touchpoints, db.evidence, async () => {
      await unlinkTouchpoint(touchpoint);
      await db.touchpoints.delete(touchpoint.id);
    }),
  );
}

/** Swaps the positions of two rows of an ordered table (move up / down). */
export async function swapOrder<T extends { id: string; order: number }>(
  repository: { update: (id: string, patch: { order: number }) => Promise<void> },
  a: T,
  b: T,
): Promise<void> {
  await repository.update(a.id, { order: b.order });
  await repository.update(b.id, { order: a.order });
}
