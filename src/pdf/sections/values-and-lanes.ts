import type { Touchpoint } from '../../domain/types';
import type { Translate } from '../../i18n';
import type { PdfCursor } from '../layout';
import type { ReportData } from '../report-data';
import { drawTable } from '../table';

/** The organisation's values with what each says about the service culture expected. */
export function drawValues(cursor: PdfCursor, data: ReportData, t: Translate): void {
  const values = data.orgValues.filter((value) => value.name.trim() || value.cultureNote.trim());
  if (values.length === 0) return;
  cursor.heading(t('context.values'), 12);
  drawTable(
    cursor,
    [t('context.valueName'), t('context.valueNote')],
    values.map((value) => [value.name.trim() || '–', value.cultureNote.trim() || '–']),
    { columnStyles: { 0: { cellWidth: 45, fontStyle: 'bold' } } },
  );
}

/** What the customer feels, knows and does at each critical moment that has any of them. */
export function drawMomentLanes(
  cursor: PdfCursor,
  critical: readonly Touchpoint[],
  t: Translate,
): void {
  const described = critical.filter((tp) => tp.feels.trim() || tp.knows.trim() || tp.does.trim());
  if (described.length === 0) return;
  cursor.heading(t('journey.lanes'), 12);
  drawTable(
    cursor,
    [t('heatmap.touchpoint'), t('journey.feels'), t('journey.knows'), t('journey.does')],
    described.map((tp) => [tp.name, tp.feels || '–', tp.knows || '–', tp.does || '–']),
    {
      styles: { fontSize: 8.5, cellPadding: 1.6 },
      headStyles: { fontSize: 8.5 },
      columnStyles: { 0: { cellWidth: 34, fontStyle: 'bold' } },
    },
  );
}
