import type { ReactNode } from 'react';
import * as geometry from '../domain/radar-geometry';

export type RadarSeries = { name: string; values: (number | null)[]; isDashed?: boolean };

type Props = {
  title: string;
  axes: string[];
  series: RadarSeries[];
  tableCaption: string;
  format: (value: number) => string;
  /** On a projector: larger labels with room of their own beside the chart. */
  isLarge?: boolean;
  /** A table of the same data and more, in place of the plain one (give it `radar-table`). */
  table?: ReactNode;
};

const SIZE = 520;
/** Room at the sides for the axis labels (their font is larger on a projector). */
const PAD = 150;
const LARGE_PAD = 270;
/** In ems, so a larger label (presentation mode) keeps its lines apart. */
const LINE_HEIGHT = 1.1;

/** Labels above the chart grow upwards, labels below grow downwards, side labels stay centred. */
function firstLineShift(y: number, lineCount: number): number {
  const extra = (lineCount - 1) * LINE_HEIGHT;
  if (y < 0.25) return -extra;
  if (y > 0.75) return 0;
  return -extra / 2;
}

/** Long labels ("Exceeding expectations", "Tarpeiden tunnistaminen") break at the middle space. */
function labelLines(label: string): string[] {
  if (label.length <= 14 || !label.includes(' ')) return [label];
  const middle = label.length / 2;
  let best = -1;
  for (let i = label.indexOf(' '); i !== -1; i = label.indexOf(' ', i + 1)) {
    if (best === -1 || Math.abs(i - middle) < Math.abs(best - middle)) best = i;
  }
  return [label.slice(0, best), label.slice(best + 1)];
}
const toSvg = (points: geometry.Point[]) =>
  points.map((p) => `${(p.x * SIZE).toFixed(1)},${(p.y * SIZE).toFixed(1)}`).join(' ');

/** The seven principles as a radar, current vs target, with the same data as a table. */
export function RadarChart({ title, axes, series, tableCaption, format, isLarge, table }: Props) {
  const count = axes.length;
  const pad = isLarge ? LARGE_PAD : PAD;
  return (
    <figure className={isLarge ? 'radar radar-large' : 'radar'}>
      <svg
        viewBox={`${-pad} 0 ${SIZE + 2 * pad} ${SIZE}`}
        role="img"
        aria-label={title}
        className="radar-svg"
      >
        {geometry.RADAR.rings.map((ring) => (
          <polygon
            key={ring}
            points={toSvg(geometry.ringPolygon(count, ring))}
            className="radar-ring"
          />
        ))}
        {geometry.RADAR.rings.map((ring) => {
          const [top] = geometry.ringPolygon(count, ring);
          return top ? (
            <text key={ring} x={top.x * SIZE + 4} y={top.y * SIZE - 2} className="radar-scale">
              {ring}
            </text>
          ) : null;
        })}
        {axes.map((axis, index) => {
          const outer = geometry.ringPolygon(count, geometry.RADAR.max)[index];
          const label = geometry.labelPlacement(index, count);
          const anchor =
            label.align === 'left' ? 'start' : label.align === 'right' ? 'end' : 'middle';
          return (
            <g key={axis}>
              {outer ? (
                <line
                  x1={SIZE / 2}
                  y1={SIZE / 2}
                  x2={outer.x * SIZE}
                  y2={outer.y * SIZE}
                  className="radar-axis"
                />
              ) : null}
              <text
                x={label.x * SIZE}
                y={label.y * SIZE}
                textAnchor={anchor}
                dominantBaseline="middle"
                className="radar-label"
              >
                {labelLines(axis).map((line, lineIndex, lines) => (
                  <tspan
                    key={lineIndex}
                    x={label.x * SIZE}
                    dy={`${lineIndex === 0 ? firstLineShift(label.y, lines.length) : LINE_HEIGHT}em`}
                  >
                    {line}
                  </tspan>
                ))}
              </text>
            </g>
          );
        })}
        {series.map((item, seriesIndex) => {
          const points = geometry.seriesPolygon(item.values);
          return (
            <g key={item.name} className={`radar-series radar-series-${seriesIndex}`}>
              <polygon points={toSvg(points)} strokeDasharray={item.isDashed ? '8 5' : undefined} />
              {points.map((point, index) =>
                seriesIndex === 0 ? (
                  <circle key={index} cx={point.x * SIZE} cy={point.y * SIZE} r={5} />
                ) : (
                  <rect
                    key={index}
                    x={point.x * SIZE - 5}
                    y={point.y * SIZE - 5}
                    width={10}
                    height={10}
                  />
                ),
              )}
            </g>
          );
        })}
      </svg>
      <figcaption>
        <ul className="radar-legend">
          {series.map((item, index) => (
            <li key={item.name} className={`legend-${index}`}>
              {item.name}
            </li>
          ))}
        </ul>
      </figcaption>
      {table ?? (
        <table className="data-table radar-table">
          <caption>{tableCaption}</caption>
          <thead>
            <tr>
              <th scope="col"></th>
              {series.map((item) => (
                <th key={item.name} scope="col">
                  {item.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {axes.map((axis, index) => (
              <tr key={axis}>
                <th scope="row">{axis}</th>
                {series.map((item) => {
                  const value = item.values[index];
                  return (
                    <td key={item.name}>
                      {value === null || value === undefined ? '–' : format(value)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </figure>
  );
}
