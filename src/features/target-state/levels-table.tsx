import { useId } from 'react';
import { ItemTable, meanColumn } from '../../components/principle-table';
import { ScoreSelect } from '../../components/score-select';
import { setWorkshopMapEntry } from '../../db/repositories/workshops';
import type { Score, Workshop } from '../../domain/types';
import { useReportError } from '../../hooks/use-storage-error-notice';
import { useT } from '../../hooks/use-t';
import { useUiStore } from '../../stores/ui-store';

/** The workshop's two maps an item kind keeps its target level and importance in. */
export type LevelFields =
  | { target: 'targetLevels'; importance: 'principleImportance' }
  | { target: 'staffTargetLevels'; importance: 'staffImportance' };

type Row = { key: string; name: string; mean: number | null };

type Props = {
  workshop: Workshop;
  fields: LevelFields;
  rows: readonly Row[];
  itemHeader: string;
  /** Screen-reader labels of the two selects, given the item's name. */
  targetLabel: (name: string) => string;
  importanceLabel: (name: string) => string;
};

/** Current mean, target level and importance of each principle or staff statement. */
export function LevelsTable({ workshop, fields, rows, itemHeader, ...labels }: Props) {
  const t = useT();
  const id = useId();
  const language = useUiStore((state) => state.language);
  const reportError = useReportError();
  const columns = (['target', 'importance'] as const).map((which) => {
    const field = fields[which];
    const levels = workshop[field] as Partial<Record<string, Score>>;
    const label = which === 'target' ? labels.targetLabel : labels.importanceLabel;
    return {
      header: t(which === 'target' ? 'results.target' : 'pdf.importance'),
      cell: (row: Row) => (
        <>
          <label className="visually-hidden" htmlFor={`${id}-${row.key}-${field}`}>
            {label(row.name)}
          </label>
          <ScoreSelect
            id={`${id}-${row.key}-${field}`}
            value={levels[row.key] ?? null}
            notSetLabel={t('target.notSet')}
            onChange={(value) =>
              // The row's key is one of the field's keys: the rows come from the same item kind.
              void setWorkshopMapEntry(
                workshop.id,
                field,
                row.key as never,
                (value ?? undefined) as never,
              ).catch(reportError)
            }
          />
        </>
      ),
    };
  });
  return (
    <ItemTable
      className="data-table levels-table"
      rows={rows}
      principleHeader={itemHeader}
      keyOf={(row) => row.key}
      nameOf={(row) => row.name}
      columns={[meanColumn(t('results.current'), language), ...columns]}
    />
  );
}
