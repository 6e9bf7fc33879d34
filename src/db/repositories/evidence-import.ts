import { clampTexts } from '../../domain/clamp';
import type { ImportedRow } from '../../domain/csv-import';
import type { EvidenceItem, Segment } from '../../domain/types';
import { newId, nowIso } from '../../lib/ids';
import { db } from '../database';
import { guardWrite } from '../errors';
import { newTouchpoint } from './journey';

const key = (name: string) => name.trim().toLocaleLowerCase('fi');

/**
 * Imports rows in one transaction: all of them land, or nothing changes. Touchpoints and
 * segments are matched by name; unknown ones are created (touchpoints in a stage of their own).
 */
export async function importEvidenceRows(
  workshopId: string,
  rows: readonly ImportedRow[],
  importedStageName: string,
): Promise<number> {
  const now = nowIso();
  await guardWrite(() =>
    db.transaction('rw', [db.evidence, db.touchpoints, db.journeyStages, db.segments], async () => {
      const touchpoints = new Map(
        (await db.touchpoints.where('workshopId').equals(workshopId).toArray()).map((row) => [
          key(row.name),
          row.id,
        ]),
      );
      const segments = new Map(
        (await db.segments.where('workshopId').equals(workshopId).toArray()).map((row) => [
          key(row.name),
          row.id,
        ]),
      );
      let stageId = '';
      const touchpointId = async (name: string) => {
        if (!name) return '';
        const existing = touchpoints.get(key(name));
        if (existing) return existing;
        if (!stageId) {
          stageId = newId();
          const order = await db.journeyStages.where('workshopId').equals(workshopId).count();
          await db.journeyStages.add({
            id: stageId,
            workshopId,
            name: importedStageName,
            order,
            createdAt: now,
            updatedAt: now,
          });
        }
        const touchpoint = newTouchpoint(workshopId, stageId, name, touchpoints.size);
        await db.touchpoints.add(touchpoint);
        touchpoints.set(key(name), touchpoint.id);
        return touchpoint.id;
      };
      const segmentId = async (name: string) => {
        if (!name) return '';
        const existing = segments.get(key(name));
        if (existing) return existing;
        const segment: Segment = {
          id: newId(),
          workshopId,
          name,
          description: '',
          needs: '',
          importance: null,
          order: segments.size,
          createdAt: now,
          updatedAt: now,
        };
        await db.segments.add(segment);
        segments.set(key(name), segment.id);
        return segment.id;
      };
      const items: EvidenceItem[] = [];
      for (const row of rows) {
        items.push(
          clampTexts({
            id: newId(),
            workshopId,
            text: row.text,
            kind: row.kind,
            tone: row.tone,
            channel: row.channel,
            touchpointId: await touchpointId(row.touchpointName),
            segmentId: await segmentId(row.segmentName),
            date: row.date,
            tags: row.tags,
            themeId: '',
            principleIds: [],
            rejectedPrincipleIds: [],
            createdAt: now,
            updatedAt: now,
          }),
        );
      }
      await db.evidence.bulkAdd(items);
    }),
  );
  return rows.length;
}
