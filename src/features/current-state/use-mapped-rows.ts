import { useEffect, useState } from 'react';
import {
  mapRows,
  type ColumnMapping,
  type ImportedRow,
  type RowError,
} from '../../domain/csv-import';
import type { EvidenceKind, Tone } from '../../domain/types';
import { nextTask, slicesOf } from '../../lib/slices';

type Mapped = { items: ImportedRow[]; errors: RowError[] };
/** Rows mapped per task: 10,000 rows at once took 80–160 ms, too long for the page to answer. */
const ROWS_PER_TASK = 1000;

/**
 * The CSV's rows mapped to evidence with the chosen columns and defaults, worked out a slice
 * per task so a key or a click is answered in between. Until a change is worked out the last
 * result stays, with `isCurrent` false.
 */
export function useMappedRows(
  rows: readonly (readonly string[])[],
  mapping: ColumnMapping | null,
  kind: EvidenceKind,
  tone: Tone,
  firstLine: number,
): { result: Mapped | null; isCurrent: boolean } {
  const [state, setState] = useState<{ result: Mapped | null; of: unknown[] }>({
    result: null,
    of: [],
  });
  useEffect(() => {
    if (!mapping) return;
    let isStale = false;
    const of = [rows, mapping, kind, tone, firstLine];
    void (async () => {
      const mapped: Mapped = { items: [], errors: [] };
      for (const [index, slice] of slicesOf(rows, ROWS_PER_TASK).entries()) {
        const part = mapRows(slice, mapping, { kind, tone }, firstLine + index * ROWS_PER_TASK);
        mapped.items.push(...part.items);
        mapped.errors.push(...part.errors);
        await nextTask();
        if (isStale) return;
      }
      setState({ result: mapped, of });
    })();
    return () => {
      isStale = true;
    };
  }, [rows, mapping, kind, tone, firstLine]);
  const { of } = state;
  const isCurrent =
    of[0] === rows && of[1] === mapping && of[2] === kind && of[3] === tone && of[4] === firstLine;
  return { result: mapping ? state.result : null, isCurrent };
}
