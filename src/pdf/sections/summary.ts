import { baselineRatings, summarisePrinciples } from '../../domain/assessment-stats';
import { workshopGaps } from '../../domain/workshop-gaps';
import type { Translate } from '../../i18n';
import { formatOneDecimal } from '../../lib/numbers';
import { gapName } from '../../lib/priority-reason';
import { drawRadar } from '../draw-radar';
import { PAGE, type PdfCursor } from '../layout';
import type { ReportData } from '../report-data';
import { drawTable } from '../table';
import { drawChangeAgent } from './change-agent';
import { wordOfMouthRow } from './word-of-mouth';

const MAX_STATEMENT = 700;
const RADAR_SIZE = 62;
const clip = (text: string) =>
  text.length > MAX_STATEMENT ? `${text.slice(0, MAX_STATEMENT).trimEnd()}…` : text;

/** One page for the management team: where we are, where we go, the largest gaps, first steps. */
export function drawSummary(cursor: PdfCursor, data: ReportData, t: Translate): void {
  const { workshop } = data;
  const format = (value: number) => formatOneDecimal(value, workshop.language);
  cursor.section(t('pdf.summary'));
  cursor.heading(t('pdf.whereWeAre'), 12);
  cursor.paragraph(clip(workshop.currentStatement.trim()) || t('pdf.notWritten'), { size: 9.5 });
  const summaries = summarisePrinciples(baselineRatings(data.ratings), data.participants);
  if (summaries.some((summary) => summary.count > 0)) {
    cursor.ensureSpace(RADAR_SIZE + 8);
    drawRadar(
      cursor.doc,
      { x: PAGE.margin + (cursor.width - RADAR_SIZE) / 2, y: cursor.y, size: RADAR_SIZE },
      summaries.map((summary) => t(`principle.${summary.principleId}`)),
      [
        { name: t('results.current'), values: summaries.map((summary) => summary.mean) },
        {
          name: t('results.target'),
          values: summaries.map((s) => workshop.targetLevels[s.principleId] ?? null),
          isDashed: true,
        },
      ],
    );
    cursor.y += RADAR_SIZE + 7;
  }
  cursor.heading(t('pdf.whereWeGo'), 12);
  cursor.paragraph(clip(workshop.targetStatement.trim()) || t('pdf.notWritten'), { size: 9.5 });
  const gaps = workshopGaps(data).slice(0, 3);
  if (gaps.length > 0) {
    cursor.heading(t('gaps.title'), 12);
    cursor.bullets(
      gaps.map((gap) => {
        return `${gapName(gap, t, data.touchpoints)}: ${format(gap.current)} → ${gap.target}`;
      }),
      '',
    );
  }
  const quickWins = data.actions
    .filter((action) => action.quickWinRank)
    .sort((a, b) => (a.quickWinRank ?? 0) - (b.quickWinRank ?? 0));
  const firstSteps = quickWins.length > 0 ? quickWins : data.actions.slice(0, 3);
  if (firstSteps.length > 0) {
    cursor.heading(t('quickWins.title'), 12);
    cursor.bullets(
      firstSteps.map((action) =>
        action.owner ? `${action.title} (${action.owner})` : action.title,
      ),
      '',
    );
  }
  drawChangeAgent(cursor, workshop, t);
  const wordOfMouth = wordOfMouthRow(workshop, t);
  if (data.indicators.length > 0 || wordOfMouth) {
    cursor.heading(t('pdf.keyIndicators'), 12);
    drawTable(
      cursor,
      [t('indicators.name'), t('indicators.baseline'), t('indicators.target')],
      [
        ...(wordOfMouth ? [wordOfMouth] : []),
        ...data.indicators
          .slice(0, wordOfMouth ? 3 : 4)
          .map((indicator) => [indicator.name, indicator.baseline || '–', indicator.target || '–']),
      ],
      { styles: { fontSize: 8.5, cellPadding: 1.5 } },
    );
  }
}
