import {
  matrixKey,
  principleTouchpointMatrix,
  touchpointsInMatrix,
  type PraiseComplaint,
} from '../../domain/principle-evidence';
import { PRINCIPLE_IDS } from '../../domain/principles';
import type { Translate } from '../../i18n';
import { COLORS, type PdfCursor } from '../layout';
import type { ReportData } from '../report-data';
import { drawTable } from '../table';

const cellText = (cell: PraiseComplaint | undefined) =>
  cell && cell.praise + cell.complaint > 0 ? `${cell.praise} / ${cell.complaint}` : '';

/** Principle × touchpoint: tagged praise / complaints, only rows that have any. */
export function drawPrincipleMatrix(cursor: PdfCursor, data: ReportData, t: Translate): void {
  const cells = principleTouchpointMatrix(data.evidence);
  if (cells.size === 0) return;
  const used = touchpointsInMatrix(cells);
  const rows = [
    ...data.touchpoints.map((tp) => ({ id: tp.id, name: tp.name })),
    { id: '', name: t('heatmap.noTouchpoint') },
  ].filter((row) => used.has(row.id));
  const totals = PRINCIPLE_IDS.map((pid) =>
    rows.reduce(
      (sum, row) => {
        const cell = cells.get(matrixKey(row.id, pid));
        return {
          praise: sum.praise + (cell?.praise ?? 0),
          complaint: sum.complaint + (cell?.complaint ?? 0),
        };
      },
      { praise: 0, complaint: 0 },
    ),
  );
  cursor.heading(t('pdf.principleMatrix'), 12);
  cursor.paragraph(t('pdf.principleMatrixNote'), { color: COLORS.muted });
  drawTable(
    cursor,
    [t('heatmap.touchpoint'), ...PRINCIPLE_IDS.map((pid) => t(`principle.${pid}`))],
    [
      ...rows.map((row) => [
        row.name,
        ...PRINCIPLE_IDS.map((pid) => cellText(cells.get(matrixKey(row.id, pid)))),
      ]),
      [t('heatmap.total'), ...totals.map(cellText)],
    ],
    {
      styles: { fontSize: 8, cellPadding: 1.5 },
      headStyles: { fontSize: 7.5 },
      columnStyles: { 0: { cellWidth: 38 } },
      didParseCell: (cell) => {
        if (cell.section !== 'body' || cell.column.index === 0) return;
        cell.cell.styles.halign = 'center';
        if (cell.row.index === rows.length) cell.cell.styles.fontStyle = 'bold';
        // Shade where complaints or praise outweigh the other, as in the tone heatmap.
        const raw = typeof cell.cell.raw === 'string' ? cell.cell.raw : '';
        const [praise = 0, complaint = 0] = raw.split('/').map(Number);
        if (complaint > praise) cell.cell.styles.fillColor = [246, 214, 211];
        else if (praise > complaint) cell.cell.styles.fillColor = [214, 236, 221];
      },
    },
  );
}
