import './trend-charts.css';
import {
  chartPoints,
  labelBelow,
  lineRuns,
  xAt,
  yAt,
  type PlotBox,
} from '../../domain/line-chart-geometry';
import type { TrendChartData } from '../../domain/trend-charts';

export type TrendChartProps = TrendChartData & {
  /** What a screen reader hears for the chart: the values in words. */
  description: string;
};

const WIDTH = 320;
const HEIGHT = 190;
const BOX: PlotBox = { left: 34, top: 16, width: WIDTH - 44, height: 124 };
const LABEL_TOP = BOX.top + BOX.height + 18;
/** The figures by the points: 14 px bold, baseline 9 px off the point. */
const VALUE_LABEL = { gap: 9, height: 12 };

/**
 * One small line chart: a value over the workshop and the reviews, the target as a dashed line.
 * Each point carries its figure, so the chart reads without colour and without the table.
 */
export function TrendChart(props: TrendChartProps) {
  const { labels, values, target, scale, format } = props;
  const points = chartPoints(values, scale, BOX);
  const targetY = target === null ? null : yAt(target, scale, BOX);
  const right = BOX.left + BOX.width;
  return (
    <figure className="trend-chart">
      <figcaption>
        <span className="trend-chart-title">{props.title}</span>
        {target !== null ? <span className="trend-chart-target">{props.targetText}</span> : null}
        {props.note ? <span className="trend-chart-note">{props.note}</span> : null}
      </figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={props.description}>
        {scale.ticks.map((tick) => {
          const y = yAt(tick, scale, BOX);
          return (
            <g key={tick} className="trend-grid">
              <line x1={BOX.left} x2={right} y1={y} y2={y} />
              <text x={BOX.left - 8} y={y} textAnchor="end" dominantBaseline="middle">
                {props.formatTick ? props.formatTick(tick) : tick}
              </text>
            </g>
          );
        })}
        {targetY !== null ? (
          <line className="trend-target" x1={BOX.left} x2={right} y1={targetY} y2={targetY} />
        ) : null}
        {lineRuns(points).map((run) => (
          <polyline
            key={run[0]!.index}
            className="trend-line"
            points={run.map((point) => `${point.x.toFixed(1)},${point.y.toFixed(1)}`).join(' ')}
          />
        ))}
        {points.map((point) => (
          <g key={point.index} className="trend-point">
            <circle cx={point.x} cy={point.y} r={5} />
            <text
              x={point.x}
              y={
                labelBelow(point, BOX, targetY, VALUE_LABEL)
                  ? point.y + VALUE_LABEL.gap + VALUE_LABEL.height
                  : point.y - VALUE_LABEL.gap
              }
              textAnchor="middle"
            >
              {format(point.value)}
            </text>
          </g>
        ))}
        {labels.map((lines, index) => (
          <text
            key={index}
            className="trend-axis-label"
            x={xAt(index, labels.length, BOX)}
            y={LABEL_TOP}
            textAnchor="middle"
          >
            {lines.map((line, lineIndex) => (
              <tspan
                key={lineIndex}
                x={xAt(index, labels.length, BOX)}
                dy={lineIndex === 0 ? 0 : '1.15em'}
              >
                {line}
              </tspan>
            ))}
          </text>
        ))}
      </svg>
    </figure>
  );
}
