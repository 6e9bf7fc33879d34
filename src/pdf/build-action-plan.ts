import '../i18n/register-feature-messages';
import { jsPDF } from 'jspdf';
import type { Translate } from '../i18n';
import { formatDate } from '../lib/dates';
import { COLORS, FONT, PAGE, PdfCursor } from './layout';
import type { PdfFonts, ReportData } from './report-data';
import { drawCurrentStateSection } from './sections/current-state';
import { drawPathSection } from './sections/path';
import { drawTargetStateSection } from './sections/target-state';
import { drawTable } from './table';

function registerFonts(doc: jsPDF, fonts: PdfFonts): void {
  doc.addFileToVFS('Inter-Regular.ttf', fonts.regular);
  doc.addFont('Inter-Regular.ttf', FONT, 'normal');
  doc.addFileToVFS('Inter-Bold.ttf', fonts.bold);
  doc.addFont('Inter-Bold.ttf', FONT, 'bold');
  doc.setFont(FONT, 'normal');
}

function drawCover(cursor: PdfCursor, data: ReportData, t: Translate): void {
  const { doc } = cursor;
  const { workshop } = data;
  const language = workshop.language;
  doc.setFillColor(...COLORS.accent).rect(0, 0, doc.internal.pageSize.getWidth(), 70, 'F');
  doc.setFont(FONT, 'bold').setFontSize(12).setTextColor(242, 184, 75);
  doc.text(t('pdf.title').toUpperCase(), PAGE.margin, 26, { baseline: 'top' });
  doc.setFontSize(24).setTextColor(255, 255, 255);
  const titleLines = doc.splitTextToSize(workshop.organisation, cursor.width) as string[];
  doc.text(titleLines.slice(0, 2), PAGE.margin, 36, { baseline: 'top' });
  cursor.y = 84;
  cursor.heading(workshop.title, 16, 40);
  const rows: [string, string][] = [
    [t('pdf.organisation'), workshop.organisation],
    [t('pdf.date'), workshop.date ? formatDate(workshop.date, language) : '–'],
    [t('pdf.facilitator'), workshop.facilitator || '–'],
    [t('pdf.mode'), t(`mode.${workshop.mode}`)],
  ];
  drawTable(cursor, ['', ''], rows, {
    showHead: false,
    theme: 'plain',
    columnStyles: { 0: { fontStyle: 'bold', cellWidth: 40 } },
  });
  cursor.paragraph(t('pdf.created', { date: formatDate(data.generatedAt, language) }), {
    size: 9,
    color: COLORS.muted,
  });
}

/** Running header and "page x / y" footer on every page but the cover. */
function drawPageFurniture(doc: jsPDF, data: ReportData, t: Translate): void {
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

/** Builds the action plan in the workshop's language. Pure: no DOM, no storage. */
export function buildActionPlan(data: ReportData, t: Translate, fonts: PdfFonts): jsPDF {
  const doc = new jsPDF({ unit: 'mm', format: 'a4', compress: true });
  registerFonts(doc, fonts);
  doc.setProperties({
    title: `${t('pdf.title')} – ${data.workshop.organisation}`,
    subject: data.workshop.title,
    author: data.workshop.facilitator,
    creator: 'Palvelupolku',
  });
  doc.setLanguage(data.workshop.language === 'fi' ? 'fi' : 'en-GB');
  const cursor = new PdfCursor(doc);
  drawCover(cursor, data, t);
  cursor.newPage();
  drawCurrentStateSection(cursor, data, t);
  cursor.gap(4);
  drawTargetStateSection(cursor, data, t);
  cursor.gap(4);
  drawPathSection(cursor, data, t);
  drawPageFurniture(doc, data, t);
  return doc;
}
