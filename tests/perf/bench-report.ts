/** Figures of the browser benchmark: medians, budgets, the printed table and the JSON file. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export type Unit = 'KB' | 'ms' | 'MB' | 'pages' | '×' | 'rows';

export type Figure = {
  id: string;
  group: string;
  label: string;
  unit: Unit;
  runs: number[];
  median: number;
  /** Upper limit the median must stay within. */
  budget?: number;
  isPass?: boolean;
  note?: string;
};

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export class FigureLog {
  readonly figures: Figure[] = [];

  add(figure: Omit<Figure, 'median' | 'isPass' | 'runs'> & { runs: number[] | number }): Figure {
    const runs = typeof figure.runs === 'number' ? [figure.runs] : figure.runs;
    const value = median(runs);
    const full: Figure = {
      ...figure,
      runs: runs.map(round),
      median: round(value),
      isPass: figure.budget === undefined ? undefined : value <= figure.budget,
    };
    this.figures.push(full);
    const mark = full.isPass === undefined ? '' : full.isPass ? ' ok' : ' OVER BUDGET';
    console.log(`  ${full.label}: ${format(full.median, full.unit)}${mark}`);
    return full;
  }

  find(id: string): Figure | undefined {
    return this.figures.find((figure) => figure.id === id);
  }

  /** Adds "ours ÷ bare" from two figures already logged. */
  ratio(id: string, group: string, label: string, ours: string, bare: string, budget?: number) {
    const a = this.find(ours);
    const b = this.find(bare);
    if (!a || !b || !b.median) return;
    this.add({ id, group, label, unit: '×', runs: a.median / b.median, budget });
  }
}

function round(value: number): number {
  return Math.abs(value) >= 100 ? Math.round(value) : Math.round(value * 100) / 100;
}

export function format(value: number, unit: Unit): string {
  if (Number.isNaN(value)) return 'n/a';
  if (unit === '×') return `${value.toFixed(2)}×`;
  if (unit === 'KB') return `${value.toFixed(1)} KB`;
  if (unit === 'MB') return `${value.toFixed(1)} MB`;
  return `${Math.round(value)} ${unit}`;
}

export function printTable(figures: readonly Figure[]): string {
  const rows = figures.map((figure) => [
    figure.group,
    figure.label,
    format(figure.median, figure.unit),
    figure.budget === undefined ? '' : `≤ ${format(figure.budget, figure.unit)}`,
    figure.isPass === undefined ? '' : figure.isPass ? 'pass' : 'FAIL',
    String(figure.runs.length),
  ]);
  const head = ['group', 'figure', 'median', 'budget', 'result', 'runs'];
  const widths = head.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column]!.length)),
  );
  const line = (cells: string[]) =>
    `| ${cells.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`;
  const text = [
    line(head),
    `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`,
    ...rows.map(line),
  ].join('\n');
  console.log(`\n${text}\n`);
  return text;
}

export function writeResults(path: string, data: unknown) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(data, null, 2)}\n`);
}
