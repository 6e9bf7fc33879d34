import type { ReactNode } from 'react';
import type { PrincipleId } from '../domain/principles';
import type { Language } from '../domain/types';
import { useT } from '../hooks/use-t';
import type { Translate } from '../i18n';
import { formatOrDash } from '../lib/numbers';

type Column<Row> = {
  header: string;
  cell: (row: Row) => ReactNode;
  className?: string;
  /** When two headers may read the same. */
  key?: string;
};

/** The mean of a principle's scores with one decimal, or a dash when nobody rated it. */
export function meanColumn<Row extends { mean: number | null }>(
  header: string,
  language: Language,
  className?: string,
): Column<Row> {
  return { header, className, cell: (row) => formatOrDash(row.mean, language) };
}

type Props<Row> = {
  rows: readonly Row[];
  /** The heading of the first column, the principles'. */
  principleHeader: string;
  columns: readonly Column<Row>[];
  /** Read out by screen readers only. */
  caption?: string;
  className?: string;
  /** The principles' names in another language than the screen's (the projector's). */
  t?: Translate;
};

/** A row of figures for each of the seven principles: ratings, a room's reveal… */
export function PrincipleTable<Row extends { principleId: PrincipleId }>({
  rows,
  principleHeader,
  columns,
  caption,
  className = 'data-table',
  t: translate,
}: Props<Row>) {
  const screenT = useT();
  const t = translate ?? screenT;
  return (
    <div className="table-scroll">
      <table className={className}>
        {caption ? <caption className="visually-hidden">{caption}</caption> : null}
        <thead>
          <tr>
            <th scope="col">{principleHeader}</th>
            {columns.map((column) => (
              <th key={column.key ?? column.header} scope="col">
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.principleId}>
              <th scope="row">{t(`principle.${row.principleId}`)}</th>
              {columns.map((column) => (
                <td key={column.key ?? column.header} className={column.className}>
                  {column.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
