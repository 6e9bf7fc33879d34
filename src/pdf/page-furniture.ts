import type { jsPDF } from 'jspdf';
import type { Translate } from '../i18n';
import { COLORS, FONT, PAGE } from './layout';
import type { ReportData } from './report-data';

/** Running header and "page x / y" footer on every page but the cover. */
export function drawPageFurniture(doc: jsPDF, data: ReportData, t: Translate): void {
  const pages = doc.getNumberOfPages();
  const width = doc.internal.pageSize.getWidth();
  const height = doc.internal.pageSize.getHeight();
  for (let page = 1; page <= pages; page += 1) {
    doc.setPage(page);
    doc
      .setFont(FONT, 'normal')
      .setFontSize(8.5)
      .setTextColor(...COLORS.muted);
    if (page > 1) {
      const header = `${data.workshop.organisation} · ${data.workshop.title}`;
      const clipped = (doc.splitTextToSize(header, width - 2 * PAGE.margin) as string[])[0] ?? '';
      doc.text(clipped, PAGE.margin, 12, { baseline: 'top' });
      doc.setDrawColor(...COLORS.rule).line(PAGE.margin, 17, width - PAGE.margin, 17);
    }
    doc.text(t('pdf.page', { page, pages }), width - PAGE.margin, height - 10, { align: 'right' });
  }
}
