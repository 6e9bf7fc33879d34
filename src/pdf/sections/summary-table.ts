import type { ScoreSummary } from '../../domain/assessment-stats';
import type { Language, Score } from '../../domain/types';
import type { Translate } from '../../i18n';
import { formatOrDash, formatRange } from '../../lib/numbers';
import type { PdfCursor } from '../layout';
import { drawTable } from '../table';

type Item<Row> = {
  header: string;
  nameOf: (row: Row) => string;
  targetOf: (row: Row) => Score | undefined;
  /** Adds a gap column (target − mean). */
  hasGap?: boolean;
};

/**
 * Mean, range, spread, target and groups of each principle or staff statement. One person's
 * ratings have no spread and no groups: those columns would only hold dashes, so they go.
 */
export function drawSummaryTable<Row extends ScoreSummary>(
  cursor: PdfCursor,
  rows: readonly Row[],
  t: Translate,
  language: Language,
  item: Item<Row>,
): void {
  const format = (value: number | null) => formatOrDash(value, language);
  const isOnePerson = rows.every((row) => row.count <= 1);
  const gapOf = (row: Row) => {
    const target = item.targetOf(row);
    return target && row.mean !== null ? format(target - row.mean) : '–';
  };
  const columns: { header: string; cell: (row: Row) => string }[] = [
    { header: item.header, cell: item.nameOf },
    { header: t('results.mean'), cell: (row) => format(row.mean) },
    ...(isOnePerson
      ? []
      : [
          { header: t('results.range'), cell: (row: Row) => formatRange(row.min, row.max) },
          { header: t('results.sd'), cell: (row: Row) => format(row.sd) },
        ]),
    { header: t('results.target'), cell: (row) => String(item.targetOf(row) ?? '–') },
    ...(item.hasGap ? [{ header: t('results.gap'), cell: gapOf }] : []),
    ...(isOnePerson
      ? []
      : [
          {
            header: t('results.flag'),
            cell: (row: Row) =>
              row.split
                ? `${t(`group.${row.split.high.group || 'other'}`)} > ${t(`group.${row.split.low.group || 'other'}`)} (${format(row.split.difference)})`
                : '',
          },
        ]),
  ];
  drawTable(
    cursor,
    columns.map((column) => column.header),
    rows.map((row) => columns.map((column) => column.cell(row))),
  );
}
