import type { ComponentType } from 'react';
import { createBrowserRouter, Navigate, Outlet, type RouteObject } from 'react-router';
import type { PhaseTable } from '../components/phase-screens';
import { routes } from '../config/paths';
import { actionPathScreens } from '../features/action-path/screens';
import { currentStateScreens } from '../features/current-state/screens';
import { HomePage } from '../features/workshops/home-page';
import { RoomGuard } from '../features/room/room-guard';
import { targetStateScreens } from '../features/target-state/screens';
import { useT } from '../hooks/use-t';
import { loadFeatureMessages } from '../i18n';
import { AppShell } from './app-shell';
import { NotFound } from './not-found';

/**
 * Screens load on first visit (the service worker has them cached for offline use), which
 * keeps the first load small.
 */
const screen = (load: () => Promise<ComponentType>) => async () => ({ Component: await load() });

/** Every screen but the home page needs the feature messages: they load with the route. */
const withMessages = { loader: () => loadFeatureMessages().then(() => null) };

function phaseRoute(table: PhaseTable): RouteObject {
  return {
    path: table.phase,
    // The layouts read the workshop (Dexie): they load with the first workshop screen.
    lazy: async () => {
      const { PhaseLayout } = await import('../components/phase-layout');
      return { Component: () => <PhaseLayout table={table} /> };
    },
    children: table.screens.map(({ part, lazy }) =>
      part ? { path: part, lazy: screen(lazy) } : { index: true, lazy: screen(lazy) },
    ),
  };
}

const screens: RouteObject[] = [
  {
    // While room mode is on, every app screen leads back to the participant view.
    element: (
      <RoomGuard>
        <AppShell />
      </RoomGuard>
    ),
    children: [
      { path: routes.home, element: <HomePage /> },
      {
        // The sector templates load only when a workshop is started.
        path: routes.newWorkshop,
        lazy: screen(() =>
          import('../features/workshops/new-workshop-page').then((page) => page.NewWorkshopPage),
        ),
      },
      {
        path: routes.data,
        ...withMessages,
        lazy: screen(() => import('../features/backup/data-page').then((page) => page.DataPage)),
      },
      {
        path: routes.workshop,
        ...withMessages,
        lazy: screen(() => import('./workshop-layout').then((layout) => layout.WorkshopLayout)),
        children: [
          { index: true, element: <Navigate to="current" replace /> },
          phaseRoute(currentStateScreens),
          phaseRoute(targetStateScreens),
          phaseRoute(actionPathScreens),
          {
            path: 'report',
            lazy: screen(() =>
              import('../features/report/report-page').then((page) => page.ReportPage),
            ),
          },
          {
            path: 'agenda',
            lazy: screen(() =>
              import('../features/facilitation/agenda-page').then((page) => page.AgendaPage),
            ),
          },
          {
            path: 'live',
            lazy: screen(() =>
              import('../features/live-room/live-room-page').then((page) => page.LiveRoomPage),
            ),
          },
          {
            path: 'history',
            lazy: screen(() =>
              import('../features/history/history-page').then((page) => page.HistoryPage),
            ),
          },
          {
            path: 'self-assessment/:step?',
            lazy: screen(() =>
              import('../features/wizard/wizard-page').then((page) => page.WizardPage),
            ),
          },
          {
            path: 'privacy',
            lazy: screen(() =>
              import('../features/privacy/redaction-page').then((page) => page.RedactionPage),
            ),
          },
        ],
      },
      {
        path: routes.guide,
        ...withMessages,
        lazy: screen(() => import('../features/guide/guide-page').then((page) => page.GuidePage)),
      },
      { path: '*', element: <NotFound /> },
    ],
  },
  // Room mode: full-screen views outside the app shell, without its navigation.
  {
    path: routes.room,
    ...withMessages,
    lazy: screen(() =>
      import('../features/room/participant-page').then((page) => page.RoomParticipantPage),
    ),
  },
  {
    path: routes.roomReveal,
    ...withMessages,
    lazy: screen(() => import('../features/room/reveal-page').then((page) => page.RoomRevealPage)),
  },
  // Presentation mode fills the projector: no app header, no stepper; room mode guards it too.
  {
    element: (
      <RoomGuard>
        <Outlet />
      </RoomGuard>
    ),
    children: [
      {
        path: routes.presentation,
        ...withMessages,
        lazy: screen(() =>
          import('../features/facilitation/presentation-page').then(
            (page) => page.PresentationPage,
          ),
        ),
      },
    ],
  },
];

/** Shown while the first screen's messages and code load, instead of an empty page. */
function StartingUp() {
  const t = useT();
  return <p className="page">{t('common.loading')}</p>;
}

export const appRoutes: RouteObject[] = [
  { hydrateFallbackElement: <StartingUp />, children: screens },
];

export function createAppRouter() {
  return createBrowserRouter(appRoutes);
}
