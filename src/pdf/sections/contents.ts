import type { jsPDF } from 'jspdf';
import type { Translate } from '../../i18n';
import { COLORS, FONT, PAGE, type OutlineEntry } from '../layout';

/** Fills the page reserved after the cover with the sections and their page numbers. */
export function drawContents(
  doc: jsPDF,
  page: number,
  outline: readonly OutlineEntry[],
  t: Translate,
): void {
  doc.setPage(page);
  const width = doc.internal.pageSize.getWidth();
  doc
    .setFont(FONT, 'bold')
    .setFontSize(18)
    .setTextColor(...COLORS.accent);
  doc.text(t('pdf.contents'), PAGE.margin, PAGE.top + 4, { baseline: 'top' });
  let y = PAGE.top + 20;
  doc
    .setFont(FONT, 'normal')
    .setFontSize(11)
    .setTextColor(...COLORS.ink);
  for (const entry of outline) {
    const number = String(entry.page);
    const title =
      (doc.splitTextToSize(entry.title, width - 2 * PAGE.margin - 20) as string[])[0] ?? '';
    doc.text(title, PAGE.margin, y, { baseline: 'top' });
    doc.text(number, width - PAGE.margin, y, { baseline: 'top', align: 'right' });
    const dotsFrom = PAGE.margin + doc.getTextWidth(title) + 2;
    const dotsTo = width - PAGE.margin - doc.getTextWidth(number) - 2;
    doc
      .setDrawColor(...COLORS.rule)
      .setLineDashPattern([0.5, 1.2], 0)
      .line(dotsFrom, y + 3.5, dotsTo, y + 3.5);
    doc.setLineDashPattern([], 0);
    y += 9;
  }
}
