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
    margin: {
      left: cursor.left,
      right: cursor.doc.internal.pageSize.getWidth() - cursor.left - cursor.width,
      top: PAGE.top,
      bottom: PAGE.bottom,
    },
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

type CellHook = NonNullable<UserOptions['didDrawCell']>;

/**
 * Hooks that print the lines of a body cell from the one starting with `marker` onwards in the
 * muted colour, e.g. the reason under an action's title. The cell keeps its height: the text is
 * still one text, only its tail is drawn after the rest.
 */
export function mutedTailHooks(
  doc: jsPDF,
  column: number,
  marker: string,
): { willDrawCell: CellHook; didDrawCell: CellHook } {
  const tails = new Map<object, string[]>();
  return {
    willDrawCell: ({ cell, section, column: { index } }) => {
      if (section !== 'body' || index !== column) return;
      const at = cell.text.findLastIndex((line) => line.startsWith(marker));
      if (at <= 0) return;
      tails.set(cell, cell.text.slice(at));
      cell.text = cell.text.slice(0, at);
    },
    didDrawCell: ({ cell }) => {
      const tail = tails.get(cell);
      if (!tail) return;
      // The same line metrics autoTable writes the cell's own text with.
      const size = cell.styles.fontSize / doc.internal.scaleFactor;
      const lineHeight = size * doc.getLineHeightFactor();
      const y = cell.y + cell.padding('top') + size * (2 - 1.15) + cell.text.length * lineHeight;
      doc.setTextColor(...COLORS.muted).text(tail, cell.x + cell.padding('left'), y);
      doc.setTextColor(...COLORS.ink);
    },
  };
}
