import type { Workshop } from '../../domain/types';
import { useRankedGaps } from '../../hooks/use-priorities';
import { formatOneDecimal } from '../../lib/numbers';
import { gapName } from '../../lib/priority-reason';
import { useT } from '../../hooks/use-t';
import { useUiStore } from '../../stores/ui-store';

/** Principles, staff statements and critical moments, the largest gap × importance first. */
export function GapList({ workshop }: { workshop: Workshop }) {
  const t = useT();
  const language = useUiStore((state) => state.language);
  const { gaps, touchpoints } = useRankedGaps(workshop);
  const format = (value: number) => formatOneDecimal(value, language);

  return (
    <section className="card" aria-labelledby="gap-list-title">
      <h2 id="gap-list-title">{t('gaps.title')}</h2>
      {gaps.length === 0 ? (
        <p className="muted">{t('gaps.empty')}</p>
      ) : (
        <table className="data-table">
          <caption>{t('gaps.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">{t('gaps.item')}</th>
              <th scope="col">{t('results.current')}</th>
              <th scope="col">{t('results.target')}</th>
              <th scope="col">{t('results.gap')}</th>
              <th scope="col">{t('pdf.importance')}</th>
              <th scope="col">{t('gaps.score')}</th>
            </tr>
          </thead>
          <tbody>
            {gaps.map((gap, index) => (
              <tr key={gap.id}>
                <td>{index + 1}</td>
                <th scope="row">
                  {gapName(gap, t, touchpoints)}{' '}
                  <span className="muted">({t(`gaps.kind.${gap.kind}`)})</span>
                </th>
                <td>{format(gap.current)}</td>
                <td>{gap.target}</td>
                <td>{format(gap.gap)}</td>
                <td>{gap.importance}</td>
                <td>{format(gap.priority)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
