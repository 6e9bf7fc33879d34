import { cadenceKey, latestOutcome } from '../../domain/routines';
import type { Action, Language, Review } from '../../domain/types';
import { formatDate } from '../../lib/dates';
import { useT } from '../../hooks/use-t';

type Props = { routines: Action[]; reviews: Review[]; language: Language };

/** The routines apart from the projects: how often, who keeps them up, did they happen. */
export function RoutineTable({ routines, reviews, language }: Props) {
  const t = useT();
  return (
    <section aria-labelledby="routines-title">
      <h2 id="routines-title">{t('routine.title')}</h2>
      <p className="muted">{t('routine.intro')}</p>
      {routines.length === 0 ? (
        <p className="muted">{t('routine.empty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('routine.name')}</th>
                <th scope="col">{t('routine.cadence')}</th>
                <th scope="col">{t('path.owner')}</th>
                <th scope="col">{t('routine.since')}</th>
                <th scope="col">{t('routine.latest')}</th>
              </tr>
            </thead>
            <tbody>
              {routines.map((routine) => {
                const outcome = latestOutcome(routine.id, reviews);
                return (
                  <tr key={routine.id}>
                    <th scope="row">{routine.title}</th>
                    <td>{t(`routine.cadence.${cadenceKey(routine.cadence)}`)}</td>
                    <td>{routine.owner || t('roadmap.noOwner')}</td>
                    <td>{routine.startDate ? formatDate(routine.startDate, language) : '–'}</td>
                    <td>{outcome ? t(`routine.outcome.${outcome}`) : t('routine.notAsked')}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
