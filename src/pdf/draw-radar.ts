import type { jsPDF } from 'jspdf';
import {
  labelPlacement,
  RADAR,
  ringPolygon,
  seriesPolygon,
  type Point,
} from '../domain/radar-geometry';
import { COLORS, FONT } from './layout';

export type PdfRadarSeries = { name: string; values: (number | null)[]; isDashed?: boolean };
type Box = { x: number; y: number; size: number };

const seriesColor = (index: number): readonly [number, number, number] =>
  index === 0 ? COLORS.accent : [140, 90, 0];

function polygon(doc: jsPDF, points: Point[], box: Box, style: 'S' | 'FD' = 'S'): void {
  const [first, ...rest] = points.map((p) => ({
    x: box.x + p.x * box.size,
    y: box.y + p.y * box.size,
  }));
  if (!first) return;
  const deltas = [...rest, first].map((point, index, all) => {
    const previous = index === 0 ? first : all[index - 1]!;
    return [point.x - previous.x, point.y - previous.y];
  });
  doc.lines(deltas, first.x, first.y, [1, 1], style, true);
}

/**
 * The same radar as on screen, as vector lines: grey rings and axes, the first series solid
 * with round markers, the second dashed with square markers, so it reads in grayscale.
 */
export function drawRadar(doc: jsPDF, box: Box, axes: string[], series: PdfRadarSeries[]): void {
  const count = axes.length;
  doc.setLineWidth(0.2).setDrawColor(200, 205, 210);
  for (const ring of RADAR.rings) polygon(doc, ringPolygon(count, ring), box);
  const outer = ringPolygon(count, RADAR.max);
  doc
    .setFont(FONT, 'normal')
    .setFontSize(8)
    .setTextColor(...COLORS.ink);
  axes.forEach((axis, index) => {
    const end = outer[index];
    if (end)
      doc.line(
        box.x + box.size / 2,
        box.y + box.size / 2,
        box.x + end.x * box.size,
        box.y + end.y * box.size,
      );
    const label = labelPlacement(index, count);
    const lines = doc.splitTextToSize(axis, Math.max(30, box.size * 0.42)) as string[];
    doc.text(lines, box.x + label.x * box.size, box.y + label.y * box.size, {
      align: label.align,
      baseline: 'middle',
    });
  });
  series.forEach((item, seriesIndex) => {
    const [r, g, b] = seriesColor(seriesIndex);
    doc.setDrawColor(r, g, b).setFillColor(r, g, b).setLineWidth(0.7);
    doc.setLineDashPattern(item.isDashed ? [1.6, 1] : [], 0);
    const points = seriesPolygon(item.values);
    polygon(doc, points, box);
    doc.setLineDashPattern([], 0);
    for (const point of points) {
      const x = box.x + point.x * box.size;
      const y = box.y + point.y * box.size;
      if (seriesIndex === 0) doc.circle(x, y, 0.9, 'F');
      else doc.rect(x - 0.9, y - 0.9, 1.8, 1.8, 'F');
    }
  });
  // Legend under the chart.
  let legendX = box.x + box.size * 0.15;
  const legendY = box.y + box.size + 2;
  series.forEach((item, seriesIndex) => {
    const [r, g, b] = seriesColor(seriesIndex);
    doc
      .setDrawColor(r, g, b)
      .setLineWidth(0.7)
      .setLineDashPattern(item.isDashed ? [1.6, 1] : [], 0);
    doc.line(legendX, legendY, legendX + 8, legendY);
    doc.setLineDashPattern([], 0);
    doc.setTextColor(...COLORS.ink).text(item.name, legendX + 10, legendY, { baseline: 'middle' });
    legendX += 14 + doc.getTextWidth(item.name);
  });
}
