import type { ImportedRow } from '../../domain/csv-import';
import type { EvidenceItem, Segment, Touchpoint } from '../../domain/types';
import { newId, nowIso } from '../../lib/ids';
import { db } from '../database';
import { guardWrite } from '../errors';
import { addChecked } from './rows';
import { newTouchpoint } from './journey';
import { withIntervalSnapshotsHeld } from './snapshots';

const key = (name: string) => name.trim().toLocaleLowerCase('fi');

/**
 * Imports rows in one transaction: all of them land, or nothing changes. Touchpoints and
 * segments are matched by name; unknown ones are created (touchpoints in a stage of their own).
 * The rows are built without awaiting anything and written with bulkAdd: awaiting once per row
 * inside the transaction made imports of more than a few dozen rows fail in Chromium.
 */
export async function importEvidenceRows(
  workshopId: string,
  rows: readonly ImportedRow[],
  importedStageName: string,
): Promise<number> {
  const now = nowIso();
  await withIntervalSnapshotsHeld(() => write(workshopId, rows, importedStageName, now));
  return rows.length;
}

function write(
  workshopId: string,
  rows: readonly ImportedRow[],
  importedStageName: string,
  now: string,
): Promise<void> {
  return guardWrite(() =>
    db.transaction('rw', [db.evidence, db.touchpoints, db.journeyStages, db.segments], async () => {
      const [knownTouchpoints, knownSegments] = await Promise.all([
        db.touchpoints.where('workshopId').equals(workshopId).toArray(),
        db.segments.where('workshopId').equals(workshopId).toArray(),
      ]);
      const touchpoints = new Map(knownTouchpoints.map((row) => [key(row.name), row.id]));
      const segments = new Map(knownSegments.map((row) => [key(row.name), row.id]));
      const addedTouchpoints: Touchpoint[] = [];
      const addedSegments: Segment[] = [];
      let stageId = '';
      const touchpointId = (name: string) => {
        if (!name) return '';
        const existing = touchpoints.get(key(name));
        if (existing) return existing;
        stageId ||= newId();
        const touchpoint = newTouchpoint(workshopId, stageId, name, touchpoints.size);
        addedTouchpoints.push(touchpoint);
        touchpoints.set(key(name), touchpoint.id);
        return touchpoint.id;
      };
      const segmentId = (name: string) => {
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
        addedSegments.push(segment);
        segments.set(key(name), segment.id);
        return segment.id;
      };
      const items: EvidenceItem[] = rows.map((row) => ({
        id: newId(),
        workshopId,
        text: row.text,
        kind: row.kind,
        tone: row.tone,
        channel: row.channel,
        touchpointId: touchpointId(row.touchpointName),
        segmentId: segmentId(row.segmentName),
        date: row.date,
        tags: row.tags,
        themeId: '',
        principleIds: [],
        rejectedPrincipleIds: [],
        createdAt: now,
        updatedAt: now,
      }));
      if (stageId) {
        const order = await db.journeyStages.where('workshopId').equals(workshopId).count();
        const stage = { id: stageId, workshopId, name: importedStageName, order };
        await addChecked('journeyStages', [{ ...stage, createdAt: now, updatedAt: now }]);
      }
      await addChecked('touchpoints', addedTouchpoints);
      await addChecked('segments', addedSegments);
      await addChecked('evidence', items);
    }),
  );
}
