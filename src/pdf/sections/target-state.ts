import {
  baselineRatings,
  rankGaps,
  summarisePrinciples,
  type PrincipleSummary,
} from '../../domain/assessment-stats';
import { isPrincipleId } from '../../domain/principles';
import { STATEMENT_USE_IDS } from '../../domain/types';
import type { Translate } from '../../i18n';
import { formatDate } from '../../lib/dates';
import { formatOrDash, formatRange } from '../../lib/numbers';
import { drawRadar } from '../draw-radar';
import { PAGE, type PdfCursor } from '../layout';
import type { ReportData } from '../report-data';
import { wordOfMouthRow } from './word-of-mouth';
import { drawTable } from '../table';

const RADAR_SIZE = 110;

function drawAssessment(cursor: PdfCursor, data: ReportData, t: Translate): void {
  const { workshop } = data;
  const language = workshop.language;
  const summaries = summarisePrinciples(baselineRatings(data.ratings), data.participants);
  if (!summaries.some((s) => s.count > 0) && Object.keys(workshop.targetLevels).length === 0)
    return;
  cursor.heading(t('results.radar'), 12, RADAR_SIZE + 12);
  drawRadar(
    cursor.doc,
    { x: PAGE.margin + (cursor.width - RADAR_SIZE) / 2, y: cursor.y, size: RADAR_SIZE },
    summaries.map((s) => t(`principle.${s.principleId}`)),
    [
      { name: t('results.current'), values: summaries.map((s) => s.mean) },
      {
        name: t('results.target'),
        values: summaries.map((s) => workshop.targetLevels[s.principleId] ?? null),
        isDashed: true,
      },
    ],
  );
  cursor.y += RADAR_SIZE + 8;
  const format = (value: number | null) => formatOrDash(value, language);
  // One person's ratings have no spread and no groups: those columns would only hold dashes.
  const isOnePerson = summaries.every((s) => s.count <= 1);
  const columns = [
    {
      header: t('results.principle'),
      cell: (s: PrincipleSummary) => t(`principle.${s.principleId}`),
    },
    { header: t('results.mean'), cell: (s: PrincipleSummary) => format(s.mean) },
    ...(isOnePerson
      ? []
      : [
          { header: t('results.range'), cell: (s: PrincipleSummary) => formatRange(s.min, s.max) },
          { header: t('results.sd'), cell: (s: PrincipleSummary) => format(s.sd) },
        ]),
    {
      header: t('results.target'),
      cell: (s: PrincipleSummary) => String(workshop.targetLevels[s.principleId] ?? '–'),
    },
    ...(isOnePerson
      ? []
      : [
          {
            header: t('results.flag'),
            cell: (s: PrincipleSummary) =>
              s.split
                ? `${t(`group.${s.split.high.group || 'other'}`)} > ${t(`group.${s.split.low.group || 'other'}`)} (${format(s.split.difference)})`
                : '',
          },
        ]),
  ];
  drawTable(
    cursor,
    columns.map((column) => column.header),
    summaries.map((s) => columns.map((column) => column.cell(s))),
  );
  const gaps = rankGaps(summaries, workshop, data.touchpoints);
  if (gaps.length > 0) {
    cursor.heading(t('gaps.title'), 12);
    drawTable(
      cursor,
      [
        '#',
        t('gaps.item'),
        t('results.current'),
        t('results.target'),
        t('results.gap'),
        t('pdf.importance'),
      ],
      gaps.map((gap, index) => [
        String(index + 1),
        isPrincipleId(gap.id)
          ? t(`principle.${gap.id}`)
          : `${data.touchpoints.find((tp) => tp.id === gap.id)?.name ?? ''} (${t('gaps.kind.moment')})`,
        format(gap.current),
        String(gap.target),
        format(gap.gap),
        String(gap.importance),
      ]),
    );
  }
}

/** Phase 2 in the plan: the statement, the assessment and gaps, promises, uses, indicators. */
export function drawTargetStateSection(cursor: PdfCursor, data: ReportData, t: Translate): void {
  const { workshop } = data;
  cursor.section(t('pdf.targetState'));
  cursor.heading(workshop.isSatisfied ? t('target.precise') : t('pdf.targetStatement'), 12);
  cursor.paragraph(workshop.targetStatement.trim() || t('pdf.notWritten'));
  if (workshop.targetRelationship.trim()) {
    cursor.heading(t('relationship.target'), 12);
    cursor.paragraph(workshop.targetRelationship.trim());
  }
  if (workshop.isSatisfied && workshop.communicationPlan.trim()) {
    cursor.heading(t('target.communication'), 12);
    cursor.paragraph(workshop.communicationPlan.trim());
  }
  drawAssessment(cursor, data, t);
  const promises = data.promises.filter((promise) => promise.text.trim());
  if (promises.length > 0) {
    cursor.heading(t('pdf.promises'), 12);
    drawTable(
      cursor,
      [t('pdf.promise'), t('promises.serves')],
      promises.map((promise) => [
        promise.text,
        promise.principleIds.map((id) => t(`principle.${id}`)).join(', '),
      ]),
    );
  }
  const uses = STATEMENT_USE_IDS.filter((id) => workshop.statementUses[id]?.isUsed);
  if (uses.length > 0) {
    cursor.heading(t('uses.title'), 12);
    cursor.bullets(
      uses.map((id) => {
        const note = workshop.statementUses[id]?.note.trim();
        return note ? `${t(`use.${id}`)}: ${note}` : t(`use.${id}`);
      }),
      t('report.none'),
    );
  }
  const wordOfMouth = wordOfMouthRow(workshop, t);
  if (data.indicators.length > 0 || wordOfMouth) {
    cursor.heading(t('indicators.title'), 12);
    drawTable(
      cursor,
      [
        t('indicators.name'),
        t('indicators.baseline'),
        t('indicators.target'),
        t('indicators.targetDate'),
        t('indicators.method'),
      ],
      [
        ...(wordOfMouth ? [[...wordOfMouth, '–', '']] : []),
        ...data.indicators.map((indicator) => [
          indicator.unit ? `${indicator.name} (${indicator.unit})` : indicator.name,
          indicator.baseline || '–',
          indicator.target || '–',
          indicator.targetDate ? formatDate(indicator.targetDate, workshop.language) : '–',
          indicator.method,
        ]),
      ],
    );
  }
}
