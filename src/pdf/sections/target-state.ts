import { baselineRatings, summarisePrinciples } from '../../domain/assessment-stats';
import { workshopGaps } from '../../domain/workshop-gaps';
import { STATEMENT_USE_IDS } from '../../domain/types';
import type { Translate } from '../../i18n';
import { formatDate } from '../../lib/dates';
import { formatOneDecimal } from '../../lib/numbers';
import { gapName } from '../../lib/priority-reason';
import { drawRadar } from '../draw-radar';
import { PAGE, type PdfCursor } from '../layout';
import type { ReportData } from '../report-data';
import { drawStaffCheck } from './staff-check';
import { drawSummaryTable } from './summary-table';
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
  drawSummaryTable(cursor, summaries, t, language, {
    header: t('results.principle'),
    nameOf: (s) => t(`principle.${s.principleId}`),
    targetOf: (s) => workshop.targetLevels[s.principleId],
  });
}

/** The gap list: principles, staff statements and critical moments by gap × importance. */
function drawGaps(cursor: PdfCursor, data: ReportData, t: Translate): void {
  const gaps = workshopGaps(data);
  if (gaps.length === 0) return;
  const format = (value: number) => formatOneDecimal(value, data.workshop.language);
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
      gap.kind === 'principle'
        ? gapName(gap, t, data.touchpoints)
        : `${gapName(gap, t, data.touchpoints)} (${t(`gaps.kind.${gap.kind}`)})`,
      format(gap.current),
      String(gap.target),
      format(gap.gap),
      String(gap.importance),
    ]),
  );
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
  drawStaffCheck(cursor, data, t);
  drawGaps(cursor, data, t);
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
