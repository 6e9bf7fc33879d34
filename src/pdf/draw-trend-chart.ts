import type { jsPDF } from 'jspdf';
import {
  chartPoints,
  labelBelow,
  lineRuns,
  xAt,
  yAt,
  type PlotBox,
} from '../domain/line-chart-geometry';
import type { TrendChartData } from '../domain/trend-charts';
import { COLORS, FONT } from './layout';

export type PdfTrendChart = TrendChartData;

type Box = { x: number; y: number; width: number; height: number };

/** The title, the target with its dashed key and the note; returns where the plot may start. */
function drawHeader(doc: jsPDF, box: Box, chart: PdfTrendChart): number {
  const left = box.x + 3;
  const right = box.x + box.width - 3;
  doc
    .setFont(FONT, 'bold')
    .setFontSize(8.5)
    .setTextColor(...COLORS.ink);
  doc.text(chart.title, left, box.y + 3, { baseline: 'top' });
  const titleWidth = doc.getTextWidth(chart.title);
  doc
    .setFont(FONT, 'normal')
    .setFontSize(7.5)
    .setTextColor(...COLORS.muted);
  const key = chart.target === null ? 0 : 7.5;
  const targetWidth = doc.getTextWidth(chart.targetText) + key;
  // Beside the title when there is room, else on the line under it.
  const isBeside = titleWidth + targetWidth + 6 <= right - left;
  const targetY = isBeside ? box.y + 3.3 : box.y + 7.3;
  doc.text(chart.targetText, right, targetY, { baseline: 'top', align: 'right' });
  if (key > 0) {
    const keyRight = right - targetWidth + key - 1.5;
    doc
      .setDrawColor(...WARNING)
      .setLineWidth(0.5)
      .setLineDashPattern([1.4, 0.9], 0);
    doc.line(keyRight - 6, targetY + 1.5, keyRight, targetY + 1.5);
    doc.setLineDashPattern([], 0);
  }
  const lines = isBeside && !chart.note ? 1 : 2;
  if (chart.note) doc.text(chart.note, left, box.y + 7.3, { baseline: 'top' });
  return box.y + (lines === 1 ? 10 : 13);
}

const WARNING = [140, 90, 0] as const;
const GRID = [221, 225, 229] as const;
/** The figures by the points, 7.5 pt bold. */
const VALUE_LABEL = { gap: 1.6, height: 2.7 };

/**
 * The same small trend chart as on screen, as vector lines (mm): the title and the target's key
 * above, a grey grid with the scale, the target dashed, the values solid with round markers and
 * their figures printed beside them, so it reads in grayscale and without the table.
 */
export function drawTrendChart(doc: jsPDF, box: Box, chart: PdfTrendChart): void {
  doc.setDrawColor(...COLORS.rule).setLineWidth(0.2);
  doc.roundedRect(box.x, box.y, box.width, box.height, 1.5, 1.5, 'S');
  const top = drawHeader(doc, box, chart);
  const plot: PlotBox = {
    left: box.x + 9,
    top,
    width: box.width - 13,
    height: box.y + box.height - 10 - top,
  };
  doc
    .setFontSize(7)
    .setDrawColor(...GRID)
    .setLineWidth(0.2);
  for (const tick of chart.scale.ticks) {
    const y = yAt(tick, chart.scale, plot);
    doc.line(plot.left, y, plot.left + plot.width, y);
    const label = chart.formatTick ? chart.formatTick(tick) : String(tick);
    doc.text(label, plot.left - 2, y, { align: 'right', baseline: 'middle' });
  }
  const targetY = chart.target === null ? null : yAt(chart.target, chart.scale, plot);
  if (targetY !== null) {
    doc
      .setDrawColor(...WARNING)
      .setLineWidth(0.5)
      .setLineDashPattern([1.4, 0.9], 0);
    doc.line(plot.left, targetY, plot.left + plot.width, targetY);
    doc.setLineDashPattern([], 0);
  }
  const points = chartPoints(chart.values, chart.scale, plot);
  doc.setDrawColor(...COLORS.accent).setLineWidth(0.7);
  for (const run of lineRuns(points)) {
    for (let i = 1; i < run.length; i += 1) {
      const from = run[i - 1]!;
      const to = run[i]!;
      doc.line(from.x, from.y, to.x, to.y);
    }
  }
  doc
    .setFont(FONT, 'bold')
    .setFontSize(7.5)
    .setTextColor(...COLORS.ink);
  doc.setFillColor(...COLORS.accent);
  for (const point of points) {
    doc.circle(point.x, point.y, 0.9, 'F');
    const below = labelBelow(point, plot, targetY, VALUE_LABEL);
    const gap = VALUE_LABEL.gap;
    doc.text(chart.format(point.value), point.x, below ? point.y + gap : point.y - gap, {
      align: 'center',
      baseline: below ? 'top' : 'bottom',
    });
  }
  doc
    .setFont(FONT, 'normal')
    .setFontSize(6.5)
    .setTextColor(...COLORS.muted);
  chart.labels.forEach((lines, index) => {
    const x = xAt(index, chart.labels.length, plot);
    doc.text(lines, x, plot.top + plot.height + 2.2, { align: 'center', baseline: 'top' });
  });
}
