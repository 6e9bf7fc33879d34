import type { jsPDF } from 'jspdf';
import { autoTable, type RowInput, type UserOptions } from 'jspdf-autotable';
import { COLORS, FONT, PAGE, type PdfCursor } from './layout';

type LastTable = { lastAutoTable?: { finalY?: number } };

/** A table in the plan's style; it breaks across pages and repeats its header row. */
export function drawTable(
  cursor: PdfCursor,
  head: string[],
  body: RowInput[],
  options: Partial<UserOptions> = {},
): void {
  cursor.ensureSpace(20);
  autoTable(cursor.doc, {
    head: [head],
    body,
    startY: cursor.y,
    margin: { left: PAGE.margin, right: PAGE.margin, top: PAGE.top, bottom: PAGE.bottom },
    showHead: 'everyPage',
    rowPageBreak: 'avoid',
    styles: {
      font: FONT,
      fontSize: 9.5,
      cellPadding: 2,
      textColor: [...COLORS.ink],
      lineColor: [...COLORS.rule],
      lineWidth: 0.2,
      overflow: 'linebreak',
    },
    headStyles: { font: FONT, fontStyle: 'bold', fillColor: [...COLORS.accent], textColor: 255 },
    alternateRowStyles: { fillColor: [243, 245, 246] },
    ...options,
  });
  cursor.y = ((cursor.doc as jsPDF & LastTable).lastAutoTable?.finalY ?? cursor.y) + 6;
}
