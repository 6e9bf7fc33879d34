import type { jsPDF } from 'jspdf';
import { autoTable, type RowInput, type Styles, type UserOptions } from 'jspdf-autotable';
import { COLORS, FONT, PAGE, type PdfCursor } from './layout';

type LastTable = { lastAutoTable?: { finalY?: number } };

const BODY_STYLES: Partial<Styles> = {
  font: FONT,
  fontSize: 9.5,
  cellPadding: 2,
  textColor: [...COLORS.ink],
  lineColor: [...COLORS.rule],
  lineWidth: 0.2,
  overflow: 'linebreak',
};

const HEAD_STYLES: Partial<Styles> = {
  font: FONT,
  fontStyle: 'bold',
  fillColor: [...COLORS.accent],
  textColor: 255,
};

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
    alternateRowStyles: { fillColor: [243, 245, 246] },
    ...options,
    // Callers may tune sizes; the font stays ours so every character renders.
    styles: { ...BODY_STYLES, ...options.styles },
    headStyles: { ...HEAD_STYLES, ...options.headStyles },
  });
  cursor.y = ((cursor.doc as jsPDF & LastTable).lastAutoTable?.finalY ?? cursor.y) + 6;
}
