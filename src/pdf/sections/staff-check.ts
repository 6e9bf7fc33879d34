import { baselineRatings, summarisePrinciples } from '../../domain/assessment-stats';
import { compareStaffAndCustomers, summariseStaffCheck } from '../../domain/staff-check';
import type { Translate } from '../../i18n';
import { staffPairText } from '../../lib/staff-pairs';
import { COLORS, type PdfCursor } from '../layout';
import type { ReportData } from '../report-data';
import { drawSummaryTable } from './summary-table';

/** The staff experience check beside the principles, and where staff and customers disagree. */
export function drawStaffCheck(cursor: PdfCursor, data: ReportData, t: Translate): void {
  const { workshop } = data;
  const staff = summariseStaffCheck(baselineRatings(data.staffRatings), data.participants);
  const hasTargets = Object.keys(workshop.staffTargetLevels).length > 0;
  if (!staff.some((summary) => summary.count > 0) && !hasTargets) return;
  cursor.heading(t('pdf.staff.title'), 12);
  cursor.paragraph(t('pdf.staff.intro'), { color: COLORS.muted, size: 9.5 });
  drawSummaryTable(cursor, staff, t, workshop.language, {
    header: t('staff.results.statement'),
    nameOf: (summary) => t(`staff.item.${summary.statementId}`),
    targetOf: (summary) => workshop.staffTargetLevels[summary.statementId],
    hasGap: true,
  });
  const principles = summarisePrinciples(baselineRatings(data.ratings), data.participants);
  const pairs = compareStaffAndCustomers(staff, principles);
  const hasBoth = principles.some((summary) => summary.count > 0);
  if (!hasBoth) return;
  cursor.heading(t('pdf.staff.pairs'), 11);
  cursor.bullets(
    pairs.map((pair) => staffPairText(pair, t, workshop.language)),
    t('staff.pairs.empty'),
  );
}
