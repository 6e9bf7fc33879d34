/** The radar of mean ratings (now and target), with the app's own geometry. */
import { labelPlacement, ringPolygon, RADAR, seriesPolygon, type Point } from '../../domain/radar-geometry';
import type { RatingsResults } from '../../domain/live-room/results';
import { svg } from '../dom';
import { principleText, t } from '../texts';

const SIZE = 320;
const points = (list: Point[]) => list.map((point) => `${(point.x * SIZE).toFixed(1)},${(point.y * SIZE).toFixed(1)}`).join(' ');

export function radarChart(results: RatingsResults): SVGElement {
  const count = results.principles.length;
  const current = results.principles.map((row) => row.current.mean);
  const target = results.principles.map((row) => row.target?.mean ?? null);
  return svg(
    'svg',
    { viewBox: `-40 -10 ${SIZE + 80} ${SIZE + 20}`, role: 'img', 'aria-label': t('results.radar'), class: 'radar' },
    RADAR.rings.map((ring) => svg('polygon', { points: points(ringPolygon(count, ring)), class: 'ring' })),
    target.some((value) => value !== null) && svg('polygon', { points: points(seriesPolygon(target)), class: 'series-target' }),
    svg('polygon', { points: points(seriesPolygon(current)), class: 'series-current' }),
    results.principles.map((row, index) => {
      const place = labelPlacement(index, count);
      const anchor = place.align === 'left' ? 'start' : place.align === 'right' ? 'end' : 'middle';
      return svg('text', { x: (place.x * SIZE).toFixed(1), y: (place.y * SIZE).toFixed(1), 'text-anchor': anchor, class: 'axis' }, principleText(row.principleId));
    }),
  );
}
