import { reorderActions, setQuickWin } from '../../db/repositories/actions';
import { quadrantOf } from '../../domain/path';
import type { Action, Vote, Workshop } from '../../domain/types';
import { useReportError } from '../../hooks/use-storage-error-notice';
import { useT } from '../../hooks/use-t';
import { priorityReason } from '../../lib/priority-reason';
import { useNoticeStore } from '../../stores/notice-store';
import { useUiStore } from '../../stores/ui-store';
import { usePriorities } from '../../hooks/use-priorities';

/** The suggested order with the reason for each place, and the first three small improvements. */
export function PriorityOrder({
  workshop,
  actions,
  votes,
}: {
  workshop: Workshop;
  actions: Action[];
  votes: Vote[];
}) {
  const t = useT();
  const language = useUiStore((state) => state.language);
  const push = useNoticeStore((state) => state.push);
  const reportError = useReportError();
  const { priorities, touchpoints } = usePriorities(workshop, actions, votes);
  const suggested = priorities.map((priority) => priority.action);
  const workshopId = workshop.id;
  const holder = (rank: number) => actions.find((action) => action.quickWinRank === rank)?.id ?? '';
  // Easy and effective actions first in the list of candidates, everything else after.
  const candidates = [...actions].sort(
    (a, b) => Number(quadrantOf(b) === 'quickWin') - Number(quadrantOf(a) === 'quickWin'),
  );

  return (
    <div className="two-columns">
      <section className="card" aria-labelledby="order-title">
        <h2 id="order-title">{t('order.title')}</h2>
        <p className="muted">{t('order.guide')}</p>
        <ol className="priority-order">
          {priorities.map((priority) => (
            <li key={priority.action.id}>
              {priority.action.title}
              <p className="field-hint">
                {t('order.why', {
                  reason: priorityReason(priority, t, language, touchpoints),
                })}
              </p>
            </li>
          ))}
        </ol>
        <button
          type="button"
          className="button-secondary"
          onClick={() =>
            void reorderActions(suggested)
              .then(() => push({ kind: 'success', message: t('order.applied') }))
              .catch(reportError)
          }
        >
          {t('order.apply')}
        </button>
      </section>
      <section className="card" aria-labelledby="quick-title">
        <h2 id="quick-title">{t('quickWins.title')}</h2>
        <p className="muted">{t('quickWins.guide')}</p>
        {[1, 2, 3].map((rank) => (
          <div className="field" key={rank}>
            <label htmlFor={`quick-${rank}`}>{t('quickWins.pick', { rank })}</label>
            <select
              id={`quick-${rank}`}
              value={holder(rank)}
              onChange={(event) =>
                void setQuickWin(workshopId, rank, event.target.value).catch(reportError)
              }
            >
              <option value="">{t('quickWins.none')}</option>
              {candidates.map((action) => (
                <option key={action.id} value={action.id}>
                  {quadrantOf(action) === 'quickWin' ? '★ ' : ''}
                  {action.title}
                </option>
              ))}
            </select>
          </div>
        ))}
      </section>
    </div>
  );
}
