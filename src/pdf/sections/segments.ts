import { effortBySegment } from '../../domain/segments';
import type { Translate } from '../../i18n';
import type { PdfCursor } from '../layout';
import type { ReportData } from '../report-data';
import { drawTable } from '../table';

const nameOf = (data: ReportData, t: Translate) =>
  new Map(
    data.segments.map((segment, index) => [
      segment.id,
      segment.name || t('segments.unnamed', { n: index + 1 }),
    ]),
  );

/** The customer segments with their service needs and importance, and the moments they meet. */
export function drawSegments(cursor: PdfCursor, data: ReportData, t: Translate): void {
  if (data.segments.length === 0) return;
  const names = nameOf(data, t);
  cursor.heading(t('segments.title'), 12);
  drawTable(
    cursor,
    [
      t('segments.segment'),
      t('segments.needs'),
      t('segments.importance'),
      t('journey.criticalList'),
    ],
    data.segments.map((segment) => [
      names.get(segment.id) ?? '',
      segment.needs || segment.description || '–',
      String(segment.importance ?? '–'),
      data.touchpoints
        .filter((tp) => tp.isCritical && tp.segmentIds.includes(segment.id))
        .map((tp) => tp.name)
        .join('\n') || '–',
    ]),
    { columnStyles: { 0: { cellWidth: 38, fontStyle: 'bold' }, 2: { cellWidth: 20 } } },
  );
}

const MAX_ROWS_KEPT_TOGETHER = 10;
/** A one-line row of the plan's tables, in millimetres. */
const ROW_MM = 7.5;

/** Where the path's effort goes, segment by segment. */
export function drawSegmentEffort(cursor: PdfCursor, data: ReportData, t: Translate): void {
  if (data.segments.length === 0 || data.actions.length === 0) return;
  const names = nameOf(data, t);
  const importance = new Map(data.segments.map((segment) => [segment.id, segment.importance]));
  const rows = effortBySegment(data.actions, data.segments);
  // A short table stays whole with its heading: one row alone on the next page reads as lost.
  if (rows.length <= MAX_ROWS_KEPT_TOGETHER) cursor.ensureSpace(14 + (rows.length + 1) * ROW_MM);
  cursor.heading(t('segments.effortTitle'), 12);
  drawTable(
    cursor,
    [t('segments.segment'), t('segments.importance'), t('segments.actions'), t('segments.effort')],
    rows.map((row) => [
      names.get(row.segmentId) ?? t('segments.none'),
      String(importance.get(row.segmentId) ?? '–'),
      String(row.actions),
      row.unrated > 0
        ? `${row.effort} (${t('segments.unrated', { count: row.unrated })})`
        : String(row.effort),
    ]),
    { columnStyles: { 1: { cellWidth: 24 }, 2: { cellWidth: 28 } } },
  );
}
