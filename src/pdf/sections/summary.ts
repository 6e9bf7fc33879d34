import {
  baselineRatings,
  type PrincipleSummary,
  summarisePrinciples,
} from '../../domain/assessment-stats';
import { workshopGaps } from '../../domain/workshop-gaps';
import type { Translate } from '../../i18n';
import { formatOneDecimal } from '../../lib/numbers';
import { gapName } from '../../lib/priority-reason';
import { drawRadar } from '../draw-radar';
import type { PdfCursor } from '../layout';
import type { ReportData } from '../report-data';
import { drawTable } from '../table';
import { drawChangeAgent } from './change-agent';
import { wordOfMouthRow } from './word-of-mouth';

const MAX_STATEMENT = 700;
const MAX_INDICATOR_NAME = 90;
const RADAR_SIZE = 56;
/** The radar's labels reach 30 mm beyond its rings on both sides (see drawRadar). */
const RADAR_COLUMN = RADAR_SIZE * 0.8 + 60;
const GUTTER = 4;
const clip = (text: string, max = MAX_STATEMENT) =>
  text.length > max ? `${text.slice(0, max).trimEnd()}…` : text;

/**
 * One page for the management team: where we are, where we go, the largest gaps and key
 * indicators beside the radar, the first steps and who carries the change.
 */
export function drawSummary(cursor: PdfCursor, data: ReportData, t: Translate): void {
  const { workshop } = data;
  cursor.section(t('pdf.summary'));
  cursor.heading(t('pdf.whereWeAre'), 12);
  cursor.paragraph(clip(workshop.currentStatement.trim()) || t('pdf.notWritten'), { size: 9.5 });
  cursor.heading(t('pdf.whereWeGo'), 12);
  cursor.paragraph(clip(workshop.targetStatement.trim()) || t('pdf.notWritten'), { size: 9.5 });
  const summaries = summarisePrinciples(baselineRatings(data.ratings), data.participants);
  if (summaries.some((summary) => summary.count > 0)) {
    cursor.ensureSpace(RADAR_SIZE + 8);
    const { doc } = cursor;
    const radarTop = cursor.y;
    const radarPage = doc.getNumberOfPages();
    const figuresWidth = cursor.width - RADAR_COLUMN - GUTTER;
    const figuresEnd = cursor.inColumn(cursor.left, figuresWidth, () =>
      drawFigures(cursor, data, t),
    );
    const radarLeft =
      figuresEnd > radarTop || doc.getNumberOfPages() > radarPage
        ? cursor.left + figuresWidth + GUTTER
        : cursor.left + (cursor.width - RADAR_COLUMN) / 2;
    // Very long figures may have run onto the next page: the radar stays beside their start.
    const endPage = doc.getNumberOfPages();
    doc.setPage(radarPage);
    drawSummaryRadar(cursor, summaries, data, t, radarLeft + (RADAR_COLUMN - RADAR_SIZE) / 2);
    doc.setPage(endPage);
    cursor.y = endPage === radarPage ? Math.max(figuresEnd, radarTop + RADAR_SIZE + 7) : figuresEnd;
  } else {
    drawFigures(cursor, data, t);
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
}

function drawSummaryRadar(
  cursor: PdfCursor,
  summaries: readonly PrincipleSummary[],
  data: ReportData,
  t: Translate,
  x: number,
): void {
  drawRadar(
    cursor.doc,
    { x, y: cursor.y, size: RADAR_SIZE },
    summaries.map((summary) => t(`principle.${summary.principleId}`)),
    [
      { name: t('results.current'), values: summaries.map((summary) => summary.mean) },
      {
        name: t('results.target'),
        values: summaries.map((s) => data.workshop.targetLevels[s.principleId] ?? null),
        isDashed: true,
      },
    ],
  );
}

/** The largest gaps and the key indicators: short lines that fit beside the radar. */
function drawFigures(cursor: PdfCursor, data: ReportData, t: Translate): void {
  const { workshop } = data;
  const format = (value: number) => formatOneDecimal(value, workshop.language);
  const gaps = workshopGaps(data).slice(0, 3);
  if (gaps.length > 0) {
    cursor.heading(t('gaps.title'), 12);
    cursor.bullets(
      gaps.map(
        (gap) => `${gapName(gap, t, data.touchpoints)}: ${format(gap.current)} → ${gap.target}`,
      ),
      '',
    );
  }
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
          .map((indicator) => [
            clip(indicator.name, MAX_INDICATOR_NAME),
            indicator.baseline || '–',
            indicator.target || '–',
          ]),
      ],
      { styles: { fontSize: 8.5, cellPadding: 1.5 } },
    );
  }
}
