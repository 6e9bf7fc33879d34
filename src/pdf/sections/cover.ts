import type { Translate } from '../../i18n';
import { formatDate } from '../../lib/dates';
import { COLORS, FONT, PAGE, type PdfCursor } from '../layout';
import type { ReportOptions } from '../../domain/report-options';
import type { ReportData } from '../report-data';
import { drawTable } from '../table';
import { participantName } from './participant-names';

/** The first page: organisation, workshop, date, facilitator and who took part. */
export function drawCover(
  cursor: PdfCursor,
  data: ReportData,
  t: Translate,
  options: ReportOptions,
): void {
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
  const dates = [
    workshop.date,
    ...data.reviews.filter((review) => review.isHeld).map((review) => review.date),
  ]
    .filter(Boolean)
    .map((date) => formatDate(date, language));
  const rows: [string, string][] = [
    [t('pdf.organisation'), workshop.organisation],
    [t('pdf.date'), dates.join(', ') || '–'],
    [t('pdf.facilitator'), workshop.facilitator || '–'],
    [t('pdf.mode'), t(`mode.${workshop.mode}`)],
  ];
  if (data.participants.length > 0) {
    const names = options.isAnonymous
      ? t('pdf.participantCount', { count: data.participants.length })
      : data.participants
          .map((participant, index) => participantName(participant, index, options, t))
          .join(', ');
    rows.push([t('participants.title'), names]);
  }
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
