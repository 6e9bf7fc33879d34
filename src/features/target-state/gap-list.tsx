import { baselineRatings, rankGaps, summarisePrinciples } from '../../domain/assessment-stats';
import { isPrincipleId } from '../../domain/principles';
import type { Workshop } from '../../domain/types';
import { useParticipants, useRatings } from '../../hooks/use-assessment';
import { useJourney } from '../../hooks/use-current-state';
import { formatOneDecimal } from '../../lib/numbers';
import { useT } from '../../hooks/use-t';
import { useUiStore } from '../../stores/ui-store';

/** Principles and critical moments, the largest gap × importance first. */
export function GapList({ workshop }: { workshop: Workshop }) {
  const t = useT();
  const language = useUiStore((state) => state.language);
  const participants = useParticipants(workshop.id) ?? [];
  const ratings = useRatings(workshop.id) ?? [];
  const touchpoints = useJourney(workshop.id)?.touchpoints ?? [];
  const gaps = rankGaps(
    summarisePrinciples(baselineRatings(ratings), participants),
    workshop,
    touchpoints,
  );
  const nameOf = (gap: (typeof gaps)[number]) =>
    isPrincipleId(gap.id)
      ? t(`principle.${gap.id}`)
      : (touchpoints.find((touchpoint) => touchpoint.id === gap.id)?.name ?? '');
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
                  {nameOf(gap)} <span className="muted">({t(`gaps.kind.${gap.kind}`)})</span>
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
