import { jsPDF } from 'jspdf';
import type { Translate } from '../i18n';
import { FONT, PdfCursor, type OutlineEntry } from './layout';
import { drawPageFurniture } from './page-furniture';
import { DEFAULT_REPORT_OPTIONS, type ReportOptions } from '../domain/report-options';
import { plannedSections, reportProgress, type PlanProgressListener } from './plan-progress';
import type { PdfFonts, ReportData } from './report-data';
import { drawEvidenceAppendix, drawRatingsAppendix } from './sections/appendix';
import { drawContents } from './sections/contents';
import { drawCover } from './sections/cover';
import { drawCurrentStateSection } from './sections/current-state';
import { drawPathSection } from './sections/path';
import { drawSummary } from './sections/summary';
import { drawTargetStateSection } from './sections/target-state';

function registerFonts(doc: jsPDF, fonts: PdfFonts): void {
  doc.addFileToVFS('Inter-Regular.ttf', fonts.regular);
  doc.addFont('Inter-Regular.ttf', FONT, 'normal');
  doc.addFileToVFS('Inter-Bold.ttf', fonts.bold);
  doc.addFont('Inter-Bold.ttf', FONT, 'bold');
  doc.setFont(FONT, 'normal');
}

/** Builds the action plan in the workshop's language. Pure: no DOM, no storage. */
export function buildActionPlan(
  data: ReportData,
  t: Translate,
  fonts: PdfFonts,
  options: ReportOptions = DEFAULT_REPORT_OPTIONS,
  onProgress?: PlanProgressListener,
): { doc: jsPDF; outline: OutlineEntry[] } {
  const doc = new jsPDF({ unit: 'mm', format: options.paper, compress: true });
  registerFonts(doc, fonts);
  doc.setProperties({
    title: `${t('pdf.title')} – ${data.workshop.organisation}`,
    subject: data.workshop.title,
    author: data.workshop.facilitator,
    creator: 'Palvelupolku',
  });
  doc.setLanguage(data.workshop.language === 'fi' ? 'fi' : 'en-GB');
  const cursor = new PdfCursor(doc);
  if (onProgress) reportProgress(cursor, plannedSections(data, options), onProgress);
  drawCover(cursor, data, t, options);
  // The contents page is reserved now and filled in once the page numbers are known.
  cursor.newPage();
  const contentsPage = doc.getNumberOfPages();
  // Mark the reserved page as used, so the first section starts on the next one.
  cursor.y = Number.POSITIVE_INFINITY;
  const { sections } = options;
  if (sections.summary) drawSummary(cursor, data, t);
  if (sections.current) drawCurrentStateSection(cursor, data, t);
  if (sections.target) drawTargetStateSection(cursor, data, t);
  if (sections.path) drawPathSection(cursor, data, t);
  if (options.hasEvidenceAppendix && data.evidence.length > 0)
    drawEvidenceAppendix(cursor, data, t);
  if (options.hasRatingsAppendix && data.participants.length > 0)
    drawRatingsAppendix(cursor, data, t, options);
  drawContents(doc, contentsPage, cursor.outline, t);
  drawPageFurniture(doc, data, t);
  return { doc, outline: [{ title: t('pdf.contents'), page: contentsPage }, ...cursor.outline] };
}
