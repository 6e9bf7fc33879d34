import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { PhasePage } from '../../components/phase-page';
import { importLiveResults, type ImportedCounts } from '../../db/repositories/live-rooms';
import {
  LIVE_ACTIVITY_KINDS,
  type LiveActivity,
  type LiveActivityKind,
} from '../../domain/live-room/types';
import type { Workshop } from '../../domain/types';
import { useReportError } from '../../hooks/use-storage-error-notice';
import { useT } from '../../hooks/use-t';
import { useCurrentWorkshop } from '../../hooks/use-workshop';
import { useWorkshopT } from '../../hooks/use-workshop-t';
import { useNoticeStore } from '../../stores/notice-store';
import { useUiStore } from '../../stores/ui-store';
import { ActivityList } from './activity-list';
import { AddActivityForm } from './add-activity-form';
import { Confirm } from './confirm';
import { JoinPanel } from './join-panel';
import { LiveResults } from './live-results';
import { RelaySettings, RelayUnreachable } from './relay-panels';
import { useLiveRoom, type LiveRoomSession } from './use-live-room';
import { useRelayStatus } from './use-relay-status';
import './live-room.css';

function kindParam(value: string | null): LiveActivityKind | null {
  return LIVE_ACTIVITY_KINDS.find((kind) => kind === value) ?? null;
}

/** The workshop's live room: start it, run activities one after another, reveal, close. */
export function LiveRoomPage() {
  const t = useT();
  const workshop = useCurrentWorkshop();
  const live = useLiveRoom(workshop);
  const relayUrl = useUiStore((state) => state.relayUrl);
  const reportError = useReportError();
  const [isStarting, setStarting] = useState(false);
  const [params] = useSearchParams();
  const asked = kindParam(params.get('activity')) ?? 'ratings';

  const start = () => {
    setStarting(true);
    live
      .start(relayUrl)
      .catch(reportError)
      .finally(() => setStarting(false));
  };

  return (
    <PhasePage
      className="live-room-page"
      title={t('live.title')}
      question={t('live.question')}
      intro={t('live.intro')}
    >
      {live.session ? (
        <RunningRoom
          workshop={workshop}
          session={live.session}
          initialKind={asked}
          startsProjecting={params.get('view') === 'projector'}
          onClose={live.close}
        />
      ) : live.isLoading ? (
        <p>{t('common.loading')}</p>
      ) : (
        <div className="card stack">
          <RelaySettings />
          <button type="button" className="button-primary" disabled={isStarting} onClick={start}>
            {isStarting ? t('live.starting') : t('live.start')}
          </button>
        </div>
      )}
    </PhasePage>
  );
}

type RunningProps = {
  workshop: Workshop;
  session: LiveRoomSession;
  initialKind: LiveActivityKind;
  startsProjecting: boolean;
  onClose: () => Promise<boolean>;
};

function RunningRoom({ workshop, session, initialKind, startsProjecting, onClose }: RunningProps) {
  const t = useT();
  // What the room and the records say is in the workshop's language, like the PDF.
  const workshopT = useWorkshopT(workshop.language);
  const language = useUiStore((state) => state.language);
  const reportError = useReportError();
  const notify = useNoticeStore((state) => state.push);
  const { room, record } = session;
  const state = room.state();
  const relay = useRelayStatus(record.relayUrl, state === 'connected');
  const [isProjecting, setProjecting] = useState(startsProjecting);
  const [revealing, setRevealing] = useState<LiveActivity | null>(null);
  const [isClosing, setClosing] = useState(false);
  const [added, setAdded] = useState<ImportedCounts | null>(null);
  const current = room
    .activities()
    .find((activity) => activity.id === room.room()?.currentActivityId);
  // After the reveal the projector shows what the phones show: the results of the activity.
  const currentResults = current?.status === 'revealed' ? room.results(current.id) : null;

  useEffect(() => {
    if (!isProjecting) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setProjecting(false);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [isProjecting]);

  const reveal = async (activity: LiveActivity) => {
    setRevealing(null);
    const results = room.reveal(activity.id);
    const counted = new Set(results.entryIds);
    try {
      const counts = await importLiveResults(record.id, {
        activity,
        entries: room.entries(activity.id).filter((entry) => counted.has(entry.id)),
        participants: new Map(room.participants().map((person) => [person.id, person])),
        channel: workshopT('live.channel'),
      });
      setAdded(counts);
    } catch (error) {
      reportError(error);
    }
  };

  const join = (
    <JoinPanel
      room={room}
      pageUrl={relay.pageUrl}
      isLoopbackOnly={relay.isLoopbackOnly}
      t={isProjecting ? workshopT : t}
    />
  );
  if (isProjecting) {
    return (
      <section
        className="live-projector"
        aria-label={t('live.projector.label')}
        lang={workshop.language}
      >
        <button
          type="button"
          className="button-secondary live-projector-back"
          onClick={() => setProjecting(false)}
        >
          {t('live.projector.close')}
        </button>
        <h1>{current ? workshopT(`live.activity.${current.kind}`) : workshop.title}</h1>
        {currentResults ? (
          <div className="live-projector-results">
            <LiveResults
              results={currentResults}
              t={workshopT}
              language={workshop.language}
              isLarge
            />
          </div>
        ) : (
          join
        )}
      </section>
    );
  }

  return (
    <>
      <p className={`live-state live-state-${state}`} role="status">
        {state === 'denied'
          ? t('live.state.denied', { reason: room.deniedReason() })
          : t(`live.state.${state}`)}
      </p>
      {relay.reach === 'unreachable' && state !== 'connected' ? (
        <RelayUnreachable
          workshop={workshop}
          address={record.relayUrl}
          kind={current?.kind ?? initialKind}
          onRetry={relay.retry}
        />
      ) : null}
      <div className="live-join-card card">
        <h2>{t('live.join.heading')}</h2>
        {join}
        <button type="button" className="button-primary" onClick={() => setProjecting(true)}>
          {t('live.projector.open')}
        </button>
      </div>
      {added ? (
        <p className="notice" role="status">
          {t('live.revealed.added', added)}
        </p>
      ) : null}
      <section className="live-section" aria-labelledby="live-activities">
        <h2 id="live-activities">{t('live.activities')}</h2>
        <ActivityList room={room} t={t} language={language} onReveal={setRevealing} />
      </section>
      <AddActivityForm
        workshop={workshop}
        initialKind={initialKind}
        onAdd={(input) => room.openActivity(room.addActivity(input).id)}
      />
      <div className="button-row live-close">
        <button type="button" className="button-secondary danger" onClick={() => setClosing(true)}>
          {t('live.close')}
        </button>
      </div>
      {revealing ? (
        <Confirm
          title={t('live.reveal')}
          text={t('live.reveal.confirm', { activity: t(`live.activity.${revealing.kind}`) })}
          confirmLabel={t('live.reveal')}
          onConfirm={() => void reveal(revealing)}
          onCancel={() => setRevealing(null)}
        />
      ) : null}
      {isClosing ? (
        <Confirm
          title={t('live.close')}
          text={t('live.close.confirm')}
          confirmLabel={t('live.close')}
          onConfirm={() => {
            void onClose()
              .then((confirmed) => {
                if (!confirmed)
                  notify({ id: 'live-close', kind: 'error', message: t('live.close.failed') });
              })
              .catch(reportError);
          }}
          onCancel={() => setClosing(false)}
        />
      ) : null}
    </>
  );
}
