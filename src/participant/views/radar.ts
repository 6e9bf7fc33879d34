/** The radar of mean ratings (now and target, or staff statements), with the app's own geometry. */
import {
  labelPlacement,
  ringPolygon,
  RADAR,
  seriesPolygon,
  type Point,
} from '../../domain/radar-geometry';
import { svg } from '../dom';

const SIZE = 320;
const points = (list: Point[]) =>
  list.map((point) => `${(point.x * SIZE).toFixed(1)},${(point.y * SIZE).toFixed(1)}`).join(' ');

/** Lines of at most LINE_CHARACTERS (a longer word keeps its own line): names fit beside the chart. */
const LINE_CHARACTERS = 13;
function wrapped(name: string): string[] {
  const lines: string[] = [];
  for (const word of name.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= LINE_CHARACTERS)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** One axis per name; `target` all null draws no target line. */
export function radarChart(
  names: string[],
  current: (number | null)[],
  target: (number | null)[],
  label: string,
): SVGElement {
  const count = names.length;
  return svg(
    'svg',
    {
      viewBox: `-62 -4 ${SIZE + 124} ${SIZE + 8}`,
      role: 'img',
      'aria-label': label,
      class: 'radar',
    },
    RADAR.rings.map((ring) =>
      svg('polygon', { points: points(ringPolygon(count, ring)), class: 'ring' }),
    ),
    target.some((value) => value !== null) &&
      svg('polygon', { points: points(seriesPolygon(target)), class: 'series-target' }),
    svg('polygon', { points: points(seriesPolygon(current)), class: 'series-current' }),
    names.map((name, index) => {
      const place = labelPlacement(index, count);
      const anchor = place.align === 'left' ? 'start' : place.align === 'right' ? 'end' : 'middle';
      const lines = wrapped(name);
      const x = (place.x * SIZE).toFixed(1);
      const y =
        place.y * SIZE - (lines.length - 1) * 6 + (place.y > 0.6 ? 8 : place.y < 0.4 ? -4 : 4);
      return svg(
        'text',
        { x, y: y.toFixed(1), 'text-anchor': anchor, class: 'axis' },
        lines.map((line, lineIndex) => svg('tspan', { x, dy: lineIndex === 0 ? 0 : 13 }, line)),
      );
    }),
  );
}
