import { memo } from 'react';
import { LazyDetails } from '../../components/lazy-details';
import { ScoreSelect } from '../../components/score-select';
import { updateAction } from '../../db/repositories/actions';
import type { Action, Score } from '../../domain/types';
import { useOptimisticEdit } from '../../hooks/use-optimistic-edit';
import { useT } from '../../hooks/use-t';

const ScoreRow = memo(function ScoreRow({ action }: { action: Action }) {
  const t = useT();
  const impact = useOptimisticEdit(action.impact, (value: Score | null) =>
    updateAction(action.id, { impact: value }),
  );
  const effort = useOptimisticEdit(action.effort, (value: Score | null) =>
    updateAction(action.id, { effort: value }),
  );
  return (
    <tr>
      <th scope="row">{action.title}</th>
      <td>
        <ScoreSelect
          id={`impact-${action.id}`}
          label={t('matrix.impactOf', { title: action.title })}
          value={impact.value}
          notSetLabel={t('target.notSet')}
          onChange={impact.change}
        />
      </td>
      <td>
        <ScoreSelect
          id={`effort-${action.id}`}
          label={t('matrix.effortOf', { title: action.title })}
          value={effort.value}
          notSetLabel={t('target.notSet')}
          onChange={effort.change}
        />
      </td>
    </tr>
  );
});

/** Impact and effort of every action as numbers, beside the matrix that places them by hand. */
export function MatrixScores({ actions }: { actions: Action[] }) {
  const t = useT();
  const unrated = actions.filter((action) => action.impact === null || action.effort === null);
  if (actions.length === 0) return null;
  return (
    <LazyDetails className="matrix-scores" summary={t('matrix.scores', { count: unrated.length })}>
      <div className="table-scroll">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('path.title')}</th>
              <th scope="col">{t('action.impact')}</th>
              <th scope="col">{t('action.effort')}</th>
            </tr>
          </thead>
          <tbody>
            {actions.map((action) => (
              <ScoreRow key={action.id} action={action} />
            ))}
          </tbody>
        </table>
      </div>
    </LazyDetails>
  );
}
