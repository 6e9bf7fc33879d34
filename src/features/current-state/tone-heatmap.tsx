import { useMemo } from 'react';
import { countByTone, emptyToneCounts, TONES } from '../../domain/evidence';
import type { EvidenceItem, Tone } from '../../domain/types';
import { useT } from '../../hooks/use-t';

type Row = { id: string; name: string };
type Props = {
  caption: string;
  rowHeader: string;
  rows: Row[];
  noneLabel: string;
  items: EvidenceItem[];
  keyOf: (item: EvidenceItem) => string;
  onSelect: (rowId: string, tone: Tone | '') => void;
};

/** Counts per row (touchpoint or segment) and tone; shading by share, the number always shown. */
export function ToneHeatmap({
  caption,
  rowHeader,
  rows,
  noneLabel,
  items,
  keyOf,
  onSelect,
}: Props) {
  const t = useT();
  // Counted once per change of the items, not on every keystroke in the board's search.
  const counts = useMemo(() => countByTone(items, keyOf), [items, keyOf]);
  const allRows = [...rows, { id: '', name: noneLabel }].filter(
    (row) => row.id !== '' || counts.has(''),
  );
  const max = Math.max(1, ...[...counts.values()].flatMap((row) => TONES.map((tone) => row[tone])));
  if (items.length === 0) return <p className="muted">{t('heatmap.empty')}</p>;
  return (
    <div className="table-scroll">
      <table className="data-table heatmap">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{rowHeader}</th>
            {TONES.map((tone) => (
              <th key={tone} scope="col">
                {t(`tone.${tone}`)}
              </th>
            ))}
            <th scope="col">{t('heatmap.total')}</th>
          </tr>
        </thead>
        <tbody>
          {allRows.map((row) => {
            const count = counts.get(row.id) ?? emptyToneCounts();
            return (
              <tr key={row.id || 'none'}>
                <th scope="row">{row.name}</th>
                {TONES.map((tone) => (
                  <td
                    key={tone}
                    className={`heat heat-${tone}`}
                    style={{ ['--heat' as string]: count[tone] / max }}
                  >
                    {count[tone] > 0 ? (
                      <button
                        type="button"
                        className="heat-button"
                        aria-label={t('heatmap.cell', {
                          count: count[tone],
                          tone: t(`tone.${tone}`),
                          touchpoint: row.name,
                        })}
                        onClick={() => onSelect(row.id, tone)}
                      >
                        {count[tone]}
                      </button>
                    ) : (
                      <span className="muted">0</span>
                    )}
                  </td>
                ))}
                <td>
                  <button
                    type="button"
                    className="heat-button"
                    onClick={() => onSelect(row.id, '')}
                  >
                    {count.total}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
