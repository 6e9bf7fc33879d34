import { useMemo } from 'react';
import {
  matrixKey,
  principleTouchpointMatrix,
  touchpointsInMatrix,
} from '../../domain/principle-evidence';
import { PRINCIPLE_IDS, type PrincipleId } from '../../domain/principles';
import type { EvidenceItem, Touchpoint } from '../../domain/types';
import { useT } from '../../hooks/use-t';

type Props = {
  items: readonly EvidenceItem[];
  touchpoints: readonly Touchpoint[];
  /** Shows the items behind a cell; touchpointId '' means items linked to no touchpoint. */
  onSelect: (touchpointId: string, principleId: PrincipleId, tone: 'praise' | 'complaint') => void;
};

const CELL_LABEL = {
  praise: 'principleMatrix.cellPraise',
  complaint: 'principleMatrix.cellComplaint',
} as const;
const TONE_SIGN = { praise: '+', complaint: '−' } as const;

/** Principle × touchpoint: where each principle succeeds (+) or fails (−) along the journey. */
export function PrincipleMatrix({ items, touchpoints, onSelect }: Props) {
  const t = useT();
  const cells = useMemo(() => principleTouchpointMatrix(items), [items]);
  if (cells.size === 0) return <p className="muted">{t('principleMatrix.empty')}</p>;
  const used = touchpointsInMatrix(cells);
  const rows = [
    ...touchpoints.map((tp) => ({ id: tp.id, name: tp.name })),
    { id: '', name: t('heatmap.noTouchpoint') },
  ].filter((row) => row.id !== '' || used.has(''));
  const max = Math.max(1, ...[...cells.values()].flatMap((cell) => [cell.praise, cell.complaint]));
  return (
    <div className="table-scroll">
      <table className="data-table principle-matrix">
        <caption>{t('principleMatrix.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('heatmap.touchpoint')}</th>
            {PRINCIPLE_IDS.map((pid) => (
              <th key={pid} scope="col">
                {t(`principle.${pid}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id || 'none'}>
              <th scope="row">{row.name}</th>
              {PRINCIPLE_IDS.map((pid) => {
                const cell = cells.get(matrixKey(row.id, pid));
                const principle = t(`principle.${pid}`);
                return (
                  <td key={pid}>
                    <div className="matrix-cell">
                      {(['praise', 'complaint'] as const).map((tone) =>
                        cell && cell[tone] > 0 ? (
                          <button
                            key={tone}
                            type="button"
                            className={`matrix-button ${tone}`}
                            style={{ ['--heat' as string]: cell[tone] / max }}
                            aria-label={t(CELL_LABEL[tone], {
                              count: cell[tone],
                              principle,
                              touchpoint: row.name,
                            })}
                            onClick={() => onSelect(row.id, pid, tone)}
                          >
                            {TONE_SIGN[tone]}
                            {cell[tone]}
                          </button>
                        ) : null,
                      )}
                    </div>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
