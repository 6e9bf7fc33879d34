import type { ReactNode } from 'react';
import type { PrincipleId } from '../domain/principles';
import type { StaffStatementId } from '../domain/staff-statements';
import type { Language } from '../domain/types';
import { useT } from '../hooks/use-t';
import type { Translate } from '../i18n';
import { formatOrDash } from '../lib/numbers';

export type Column<Row> = {
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
  /** The heading of the first column, the items'. */
  principleHeader: string;
  columns: readonly Column<Row>[];
  /** Read out by screen readers only. */
  caption?: string;
  className?: string;
  /** The principles' names in another language than the screen's (the projector's). */
  t?: Translate;
};

type ItemProps<Row> = Props<Row> & {
  /** The row's key and its name in the first column. */
  keyOf: (row: Row) => string;
  nameOf: (row: Row) => string;
};

/** A row of figures for each rated item: a principle, a staff statement… */
export function ItemTable<Row>({
  rows,
  principleHeader,
  columns,
  caption,
  className = 'data-table',
  keyOf,
  nameOf,
}: ItemProps<Row>) {
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
            <tr key={keyOf(row)}>
              <th scope="row">{nameOf(row)}</th>
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

/** A row of figures for each of the seven principles: ratings, a room's reveal… */
export function PrincipleTable<Row extends { principleId: PrincipleId }>(props: Props<Row>) {
  const screenT = useT();
  const t = props.t ?? screenT;
  return (
    <ItemTable
      {...props}
      keyOf={(row) => row.principleId}
      nameOf={(row) => t(`principle.${row.principleId}`)}
    />
  );
}

/** A row of figures for each staff statement. */
export function StaffTable<Row extends { statementId: StaffStatementId }>(props: Props<Row>) {
  const screenT = useT();
  const t = props.t ?? screenT;
  return (
    <ItemTable
      {...props}
      keyOf={(row) => row.statementId}
      nameOf={(row) => t(`staff.item.${row.statementId}`)}
    />
  );
}
