import {
  isOverdue,
  periodRange,
  planOrder,
  periodsSpanned,
  quadrantOf,
  QUADRANTS,
} from '../../domain/path';
import { rankActions } from '../../domain/priority';
import { cadenceKey, splitRoutines } from '../../domain/routines';
import type { Action } from '../../domain/types';
import { workshopGaps } from '../../domain/workshop-gaps';
import type { Translate } from '../../i18n';
import { formatDate } from '../../lib/dates';
import { priorityReason } from '../../lib/priority-reason';
import { COLORS, FONT, PAGE, type PdfCursor } from '../layout';
import type { ReportData } from '../report-data';
import { drawTable, mutedTailHooks } from '../table';
import { drawFollowUpSection } from './follow-up';
import { drawSegmentEffort } from './segments';
import { drawRoutines } from './routines';

const MATRIX_HEIGHT = 92;

/** The impact/effort quadrants as boxes with the action titles, readable in grayscale. */
function drawMatrix(cursor: PdfCursor, actions: Action[], t: Translate): void {
  const { doc } = cursor;
  cursor.heading(t('matrix.title'), 12, MATRIX_HEIGHT + 6);
  const width = cursor.width / 2 - 2;
  const height = MATRIX_HEIGHT / 2 - 2;
  QUADRANTS.forEach((quadrant, index) => {
    const x = PAGE.margin + (index % 2) * (width + 4);
    const y = cursor.y + Math.floor(index / 2) * (height + 4);
    doc.setDrawColor(...COLORS.rule).setLineWidth(0.3);
    if (quadrant === 'quickWin') doc.setFillColor(232, 243, 236).rect(x, y, width, height, 'FD');
    else doc.rect(x, y, width, height, 'S');
    doc
      .setFont(FONT, 'bold')
      .setFontSize(8.5)
      .setTextColor(...COLORS.accent);
    const label = doc.splitTextToSize(t(`matrix.${quadrant}`), width - 4) as string[];
    doc.text(label, x + 2, y + 2, { baseline: 'top' });
    doc
      .setFont(FONT, 'normal')
      .setFontSize(8)
      .setTextColor(...COLORS.ink);
    // The titles start below the quadrant's name, however many lines it took.
    let lineY = y + 4 + label.length * 3.8;
    const titles = actions
      .filter((action) => quadrantOf(action) === quadrant)
      .map((action) => action.title);
    for (const [i, title] of titles.entries()) {
      const lines = doc.splitTextToSize(`• ${title}`, width - 4) as string[];
      if (lineY + lines.length * 3.5 > y + height - 1) {
        doc.text(`+${titles.length - i}`, x + 2, lineY, { baseline: 'top' });
        break;
      }
      doc.text(lines, x + 2, lineY, { baseline: 'top' });
      lineY += lines.length * 3.5;
    }
  });
  cursor.y += MATRIX_HEIGHT + 6;
}

/** The projects by quarter; routines repeat, so they have their own table instead. */
function drawRoadmap(
  cursor: PdfCursor,
  projects: readonly Action[],
  t: Translate,
  today: string,
): void {
  const range = periodRange(projects, 'quarter');
  if (range.length === 0) return;
  cursor.heading(t('roadmap.title'), 12);
  drawTable(
    cursor,
    [t('pdf.quarter'), t('path.actions')],
    range.map((period) => [
      period,
      projects
        .filter((action) => periodsSpanned(action, range, 'quarter').includes(period))
        .map((action) => `${isOverdue(action, today) ? '⚠ ' : ''}${action.title}`)
        .join('\n'),
    ]),
    { columnStyles: { 0: { cellWidth: 26, fontStyle: 'bold' } } },
  );
}

/** Each action's reason for its place: the gaps it addresses, impact, effort and dots. */
function priorityReasons(data: ReportData, t: Translate): Map<string, string> {
  const gaps = workshopGaps(data);
  return new Map(
    rankActions(data.actions, gaps, data.votes).map((priority) => [
      priority.action.id,
      priorityReason(priority, t, data.workshop.language, data.touchpoints),
    ]),
  );
}

/**
 * Phase 3 in the plan: the first three small improvements, then the actions in the agreed order
 * with why each is there, the matrix, the roadmap and the follow-up.
 */
export function drawPathSection(cursor: PdfCursor, data: ReportData, t: Translate): void {
  const language = data.workshop.language;
  const date = (iso: string) => (iso ? formatDate(iso, language) : '–');
  const today = data.generatedAt.slice(0, 10);
  cursor.section(t('pdf.path'));
  if (data.actions.length === 0) {
    cursor.paragraph(t('pdf.noActions'), { color: COLORS.muted });
    return;
  }
  const quickWins = data.actions
    .filter((action) => action.quickWinRank)
    .sort((a, b) => (a.quickWinRank ?? 0) - (b.quickWinRank ?? 0));
  if (quickWins.length > 0) {
    cursor.heading(t('quickWins.title'), 12);
    cursor.bullets(
      quickWins.map(
        (action) =>
          `${action.title}${action.owner ? ` (${action.owner}, ${date(action.dueDate)})` : ''}`,
      ),
      '',
    );
  }
  const indicatorName = new Map(data.indicators.map((indicator) => [indicator.id, indicator.name]));
  const reasons = priorityReasons(data, t);
  cursor.heading(t('order.title'), 12);
  drawTable(
    cursor,
    [
      t('pdf.number'),
      t('pdf.action'),
      t('pdf.owner'),
      t('action.startDate'),
      t('pdf.due'),
      t('pdf.status'),
      t('action.indicator'),
    ],
    planOrder(data.actions).map((action, index) => [
      `${index + 1}${action.quickWinRank ? ' ★' : ''}`,
      `${action.title}${action.cadence ? ` (↻ ${t(`routine.cadence.${cadenceKey(action.cadence)}`)})` : ''}\n${t('order.why', { reason: reasons.get(action.id) ?? '' })}`,
      action.owner || '–',
      date(action.startDate),
      `${date(action.dueDate)}${isOverdue(action, today) ? ` ⚠ ${t('action.overdue')}` : ''}`,
      t(`status.${action.status}`),
      indicatorName.get(action.indicatorId) ?? '–',
    ]),
    {
      ...mutedTailHooks(cursor.doc, 1, t('order.why', { reason: '' }).trim()),
      styles: { fontSize: 8, cellPadding: 1.6 },
      headStyles: { fontSize: 8 },
      columnStyles: {
        0: { cellWidth: 10 },
        2: { cellWidth: 26 },
        3: { cellWidth: 21 },
        4: { cellWidth: 23 },
        5: { cellWidth: 21 },
        6: { cellWidth: 31 },
      },
    },
  );
  const { routines, projects } = splitRoutines(data.actions);
  drawRoutines(cursor, data, routines, t);
  drawMatrix(cursor, data.actions, t);
  drawRoadmap(cursor, projects, t, today);
  drawSegmentEffort(cursor, data, t);
  drawFollowUpSection(cursor, data, t);
}
