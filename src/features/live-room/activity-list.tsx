import type { LiveResults as Results } from '../../domain/live-room/results';
import type { LiveActivity } from '../../domain/live-room/types';
import type { Language } from '../../domain/types';
import type { Translate } from '../../i18n';
import type { FacilitatorRoom } from '../../live-room-client/facilitator';
import { answerCounts } from './join-panel';
import { LiveResults } from './live-results';

type Props = {
  room: FacilitatorRoom;
  t: Translate;
  language: Language;
  onReveal: (activity: LiveActivity) => void;
};

/** One row per activity: what it asks, its counts (never its answers) until the reveal, then its results. */
export function ActivityList({ room, t, language, onReveal }: Props) {
  const activities = room.activities();
  const current = room.room()?.currentActivityId ?? '';
  const { byActivity } = room.counts();
  if (activities.length === 0) return <p className="muted">{t('live.activities.empty')}</p>;
  return (
    <ol className="stack-list live-activities">
      {activities.map((activity) => {
        const counts = byActivity[activity.id] ?? { entries: 0, respondents: 0 };
        const results: Results | null =
          activity.status === 'revealed' ? room.results(activity.id) : null;
        const name = t(`live.activity.${activity.kind}`);
        return (
          <li key={activity.id} className="card live-activity">
            <h3>{name}</h3>
            <p>
              <span className="badge">{t(`live.status.${activity.status}`)}</span>{' '}
              {activity.id === current ? (
                <span className="badge badge-running">{t('live.showing')}</span>
              ) : null}{' '}
              {answerCounts(t, counts)}
            </p>
            {results ? (
              <LiveResults results={results} t={t} language={language} />
            ) : (
              <div className="button-row">
                {activity.id !== current ? (
                  <button
                    type="button"
                    className="button-secondary"
                    onClick={() => room.openActivity(activity.id)}
                  >
                    {t('live.open')}
                  </button>
                ) : null}
                <button
                  type="button"
                  className="button-primary"
                  aria-label={`${t('live.reveal')}: ${name}`}
                  onClick={() => onReveal(activity)}
                >
                  {t('live.reveal')}
                </button>
              </div>
            )}
          </li>
        );
      })}
    </ol>
  );
}
