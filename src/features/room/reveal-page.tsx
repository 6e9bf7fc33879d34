import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { Notices } from '../../components/notices';
import { paths } from '../../config/paths';
import { revealRoomSession } from '../../db/repositories/room';
import type { RoomSession } from '../../domain/types';
import { useRevealedEntries, useRoomSession } from './use-room';
import { useReportError } from '../../hooks/use-storage-error-notice';
import { useActions } from '../../hooks/use-workshop';
import { useT } from '../../hooks/use-t';
import { useUiStore } from '../../stores/ui-store';
import { RevealResults } from './reveal-results';
import { RoomGuard } from './room-guard';
import './room.css';

/** Where the facilitator lands after leaving room mode, and the projector view of the results. */
export function RoomRevealPage() {
  return (
    <RoomGuard>
      <RevealScreen />
    </RoomGuard>
  );
}

function backLink(session: RoomSession): string {
  if (session.activity === 'ratings' || session.activity === 'staffRatings') {
    return paths.targetPart(session.workshopId, 'results');
  }
  if (session.activity === 'votes') return paths.pathPart(session.workshopId, 'prioritise');
  return paths.pathPart(session.workshopId, '');
}

function RevealScreen() {
  const t = useT();
  const { sessionId = '' } = useParams();
  const session = useRoomSession(sessionId);
  const entries = useRevealedEntries(sessionId);
  const actions = useActions(session?.workshopId ?? '') ?? [];
  const reportError = useReportError();
  const [isBusy, setBusy] = useState(false);
  const language = useUiStore((state) => state.language);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  if (session === undefined) return null;
  return (
    <div className="room-view room-reveal">
      <main id="main" className="room-main">
        {session === null ? (
          <>
            <h1>{t('room.reveal.title')}</h1>
            <p>{t('room.reveal.notFound')}</p>
            <Link to={paths.home()}>{t('room.reveal.back')}</Link>
          </>
        ) : (
          <>
            <p className="eyebrow">{t(`room.activity.${session.activity}`)}</p>
            <h1>{t('room.reveal.title')}</h1>
            {session.status === 'revealed' ? (
              <>
                <p className="lead" role="status">
                  {t('room.reveal.revealed', { count: session.entryCount })}
                </p>
                {entries ? (
                  <RevealResults activity={session.activity} entries={entries} actions={actions} />
                ) : null}
              </>
            ) : (
              <>
                <p className="lead room-waiting" role="status">
                  {t('room.reveal.waiting', { count: session.entryCount })}
                </p>
                <div className="button-row">
                  <button
                    type="button"
                    className="button-primary room-big-button"
                    disabled={isBusy}
                    onClick={() => {
                      setBusy(true);
                      revealRoomSession(session.id)
                        .catch(reportError)
                        .finally(() => setBusy(false));
                    }}
                  >
                    {t('room.reveal.button')}
                  </button>
                </div>
              </>
            )}
            <p>
              <Link to={backLink(session)}>{t('room.reveal.back')}</Link>
            </p>
          </>
        )}
      </main>
      <Notices />
    </div>
  );
}
