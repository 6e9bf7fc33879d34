import { PRINCIPLE_IDS } from '../../domain/principles';
import type { Translate } from '../../i18n';
import { formatDate } from '../../lib/dates';
import type { PdfCursor } from '../layout';
import type { ReportOptions } from '../../domain/report-options';
import type { ReportData } from '../report-data';
import { drawTable } from '../table';
import { participantName } from './participant-names';

export function drawEvidenceAppendix(cursor: PdfCursor, data: ReportData, t: Translate): void {
  const touchpoint = new Map(data.touchpoints.map((tp) => [tp.id, tp.name]));
  cursor.section(t('pdf.evidenceAppendix'));
  drawTable(
    cursor,
    [
      t('pdf.text'),
      t('evidence.kind'),
      t('evidence.tone'),
      t('evidence.channel'),
      t('heatmap.touchpoint'),
      t('evidence.date'),
    ],
    data.evidence.map((item) => [
      item.text,
      t(`kind.${item.kind}`),
      t(`tone.${item.tone}`),
      item.channel,
      touchpoint.get(item.touchpointId) ?? '',
      item.date ? formatDate(item.date, data.workshop.language) : '',
    ]),
    {
      styles: { fontSize: 8, cellPadding: 1.5 },
      headStyles: { fontSize: 8 },
      columnStyles: {
        1: { cellWidth: 24 },
        2: { cellWidth: 18 },
        3: { cellWidth: 22 },
        4: { cellWidth: 26 },
        5: { cellWidth: 20 },
      },
    },
  );
}

export function drawRatingsAppendix(
  cursor: PdfCursor,
  data: ReportData,
  t: Translate,
  options: ReportOptions,
): void {
  cursor.section(t('pdf.ratingsAppendix'));
  const baseline = data.ratings.filter((rating) => rating.reviewId === '');
  drawTable(
    cursor,
    [t('rate.participant'), ...PRINCIPLE_IDS.map((id) => t(`principle.${id}`))],
    data.participants.map((participant, index) => [
      participantName(participant, index, options, t),
      ...PRINCIPLE_IDS.map((principleId) => {
        const rating = baseline.find(
          (r) => r.participantId === participant.id && r.principleId === principleId,
        );
        return rating === undefined ? '' : rating.score === null ? '?' : String(rating.score);
      }),
    ]),
    { styles: { fontSize: 7.5, cellPadding: 1.4 }, headStyles: { fontSize: 7.5 } },
  );
}
