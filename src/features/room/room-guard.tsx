import { useEffect, useState, type ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { lazyAfterFirstPaint } from '../../components/after-first-paint';
import { ConnectionNotice } from '../../components/connection-notice';
import { Notices } from '../../components/notices';
import { paths } from '../../config/paths';
import { hasDatabaseAtStart, knownHasDatabaseAtStart } from '../../db/database-name';
import { useT } from '../../hooks/use-t';
import { readRoomLockHint, wasStorageEmptyAtStart } from '../../lib/room-lock-hint';
import type { RoomAnswer } from './room-check';

// The check reads IndexedDB (Dexie): it loads beside the first screen, not before it.
const RoomCheck = lazyAfterFirstPaint(() =>
  import('./room-check').then((module) => module.RoomCheck),
);

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

/**
 * While a room session is active, every screen but its participant view redirects there. The
 * state lives in IndexedDB, so a reload, a typed URL or the back button land in the same place.
 * When the last start found no room (a hint in localStorage), nothing was stored at all, or there
 * is no database yet, the screen is drawn at once and the database's answer follows; otherwise
 * (a room on, a hint lost) nothing but the notices is drawn until the database has answered, so
 * no other screen flashes by. A lookup that failed fails closed: a participant holding the
 * device must not reach other screens.
 */
export function RoomGuard({ children }: { children: ReactNode }) {
  // A device that never stored anything cannot be in a room: its first start shows at once.
  const [isShownMeanwhile, setShownMeanwhile] = useState(
    () =>
      readRoomLockHint() === 'none' ||
      wasStorageEmptyAtStart() ||
      knownHasDatabaseAtStart() === false,
  );
  useEffect(() => {
    if (isShownMeanwhile || readRoomLockHint() !== null) return;
    let isCurrent = true;
    void hasDatabaseAtStart().then((exists) => {
      if (isCurrent && exists === false) setShownMeanwhile(true);
    });
    return () => {
      isCurrent = false;
    };
  }, [isShownMeanwhile]);
  const [session, setSession] = useState<RoomAnswer>(undefined);
  const { pathname } = useLocation();
  const check = <RoomCheck onAnswer={setSession} />;
  if (session === 'unknown' || (session === undefined && !isShownMeanwhile)) {
    return (
      <>
        {check}
        <Notices />
        <ConnectionNotice />
        {session === 'unknown' ? <RoomUnknown /> : null}
      </>
    );
  }
  if (session && pathname !== paths.room(session.id)) {
    return (
      <>
        {check}
        <Navigate to={paths.room(session.id)} replace />
      </>
    );
  }
  return (
    <>
      {check}
      {children}
    </>
  );
}
