import { reorderActions, setQuickWin } from '../../db/repositories/actions';
import { quadrantOf, suggestedOrder, voteTotals } from '../../domain/path';
import type { Action, Vote } from '../../domain/types';
import { useReportError } from '../../hooks/use-storage-error-notice';
import { useT } from '../../hooks/use-t';
import { useNoticeStore } from '../../stores/notice-store';

/** The suggested order, and the three quick wins that lead the plan. */
export function PriorityOrder({
  workshopId,
  actions,
  votes,
}: {
  workshopId: string;
  actions: Action[];
  votes: Vote[];
}) {
  const t = useT();
  const push = useNoticeStore((state) => state.push);
  const reportError = useReportError();
  const suggested = suggestedOrder(actions, votes);
  const totals = voteTotals(votes);
  const holder = (rank: number) => actions.find((action) => action.quickWinRank === rank)?.id ?? '';
  // Quick wins first in the list of candidates, everything else after.
  const candidates = [...actions].sort(
    (a, b) => Number(quadrantOf(b) === 'quickWin') - Number(quadrantOf(a) === 'quickWin'),
  );

  return (
    <div className="two-columns">
      <section className="card" aria-labelledby="order-title">
        <h2 id="order-title">{t('order.title')}</h2>
        <p className="muted">{t('order.guide')}</p>
        <ol>
          {suggested.map((action) => (
            <li key={action.id}>
              {action.title} <span className="muted">({totals.get(action.id) ?? 0} ●)</span>
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
