import { restoreSnapshot, takeSnapshot } from '../../db/repositories/snapshots';
import { StorageError } from '../../db/errors';
import { SNAPSHOTS_PER_WORKSHOP } from '../../domain/snapshot';
import type { Snapshot } from '../../domain/types';
import { useSnapshots } from './use-snapshots';
import { useReportError } from '../../hooks/use-storage-error-notice';
import { useCurrentWorkshop } from '../../hooks/use-workshop';
import type { MessageKey } from '../../i18n';
import { useT } from '../../hooks/use-t';
import { useNoticeStore } from '../../stores/notice-store';
import { useUiStore } from '../../stores/ui-store';
import './history.css';

const REASONS: Record<Snapshot['reason'], MessageKey> = {
  interval: 'history.reason.interval',
  beforeUpgrade: 'history.reason.beforeUpgrade',
  beforeImport: 'history.reason.beforeImport',
  beforeDelete: 'history.reason.beforeDelete',
  beforeRestore: 'history.reason.beforeRestore',
  beforeItemDelete: 'history.reason.beforeItemDelete',
  manual: 'history.reason.manual',
};

const NAMED_COUNTS = ['evidence', 'participants', 'ratings', 'actions'] as const;

function summaryParams(counts: Record<string, number> = {}) {
  const named = Object.fromEntries(NAMED_COUNTS.map((name) => [name, counts[name] ?? 0]));
  const other = Object.entries(counts)
    .filter(([name]) => !(NAMED_COUNTS as readonly string[]).includes(name))
    .reduce((sum, [, count]) => sum + count, 0);
  return { ...named, other };
}

/** The workshop's saved versions; any of them can be restored, and a restore can be undone. */
export function HistoryPage() {
  const t = useT();
  const workshop = useCurrentWorkshop();
  const language = useUiStore((state) => state.language);
  const snapshots = useSnapshots(workshop.id);
  const push = useNoticeStore((state) => state.push);
  const reportError = useReportError();
  const formatTime = (iso: string) =>
    new Intl.DateTimeFormat(language === 'fi' ? 'fi-FI' : 'en-GB', {
      dateStyle: 'medium',
      timeStyle: 'medium',
    }).format(new Date(iso));

  const saveNow = async () => {
    try {
      await takeSnapshot(workshop.id, 'manual');
      push({ kind: 'success', message: t('history.saved') });
    } catch (error) {
      reportError(error);
    }
  };

  const restore = async (snapshot: Snapshot) => {
    try {
      const undoId = await restoreSnapshot(snapshot.id);
      push({
        kind: 'success',
        message: t('history.restored', { time: formatTime(snapshot.takenAt) }),
        timeoutMs: 15_000,
        action: undoId
          ? {
              label: t('history.undo'),
              run: () =>
                void restoreSnapshot(undoId).then(
                  () => push({ kind: 'success', message: t('history.undone') }),
                  reportError,
                ),
            }
          : undefined,
      });
    } catch (error) {
      if (error instanceof StorageError) reportError(error);
      else push({ kind: 'error', message: t('history.unreadable') });
    }
  };

  return (
    <section className="page narrow">
      <h1>{t('history.title')}</h1>
      <p className="lead">{t('history.intro', { count: SNAPSHOTS_PER_WORKSHOP })}</p>
      <p>
        <button type="button" className="button-secondary" onClick={() => void saveNow()}>
          {t('history.saveNow')}
        </button>
      </p>
      {snapshots?.length === 0 ? <p className="muted">{t('history.empty')}</p> : null}
      {snapshots && snapshots.length > 0 ? (
        <ol className="history-list" aria-label={t('history.listLabel')}>
          {snapshots.map((snapshot) => {
            const time = formatTime(snapshot.takenAt);
            return (
              <li key={snapshot.id} className="card history-item">
                <div>
                  <p className="history-time">
                    <time dateTime={snapshot.takenAt}>{time}</time>
                  </p>
                  <p>{t(REASONS[snapshot.reason])}</p>
                  <p className="muted">
                    {Object.keys(snapshot.counts ?? {}).length > 0
                      ? t('history.summary', summaryParams(snapshot.counts))
                      : t('history.summaryEmpty')}
                  </p>
                </div>
                <button
                  type="button"
                  className="button-secondary"
                  aria-label={t('history.restoreLabel', { time })}
                  onClick={() => void restore(snapshot)}
                >
                  {t('history.restore')}
                </button>
              </li>
            );
          })}
        </ol>
      ) : null}
    </section>
  );
}
