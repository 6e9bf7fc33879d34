import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { ConnectionNotice } from '../../components/connection-notice';
import { Notices } from '../../components/notices';
import { paths } from '../../config/paths';
import { useT } from '../../hooks/use-t';
import { useActiveRoomSession } from './use-active-room-session';

/**
 * While a room session is active, every screen but its participant view redirects there. The
 * state lives in IndexedDB, so a reload, a typed URL or the back button land in the same place.
 * Nothing but the connection notice is rendered until the database has answered, so no other
 * screen flashes by.
 */
function RoomUnknown() {
  const t = useT();
  return (
    <main className="page">
      <p role="alert">{t('room.unknown')}</p>
      <button type="button" className="button-primary" onClick={() => window.location.reload()}>
        {t('error.crash.reload')}
      </button>
    </main>
  );
}

export function RoomGuard({ children }: { children: ReactNode }) {
  const session = useActiveRoomSession();
  const { pathname } = useLocation();
  // A blocked or refused database keeps the answer pending: its notice must still be seen.
  // A lookup that failed shows nothing but the notices and a way to try again.
  if (session === undefined || session === 'unknown') {
    return (
      <>
        <Notices />
        <ConnectionNotice />
        {session === 'unknown' ? <RoomUnknown /> : null}
      </>
    );
  }
  if (session && pathname !== paths.room(session.id)) {
    return <Navigate to={paths.room(session.id)} replace />;
  }
  return children;
}
