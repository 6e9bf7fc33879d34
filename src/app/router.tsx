import { createBrowserRouter, Navigate, Outlet, type RouteObject } from 'react-router';
import { routes } from '../config/paths';
import { HomePage } from '../features/workshops/home-page';
import { RoomGuard } from '../features/room/room-guard';
import { AppShell } from './app-shell';
import { NotFound } from './not-found';
import { WorkshopLayout } from './workshop-layout';

/**
 * Phase screens load on first visit (the service worker has them cached for offline use),
 * which keeps the first load small.
 */
const currentState = () => import('./lazy/current-state');
const targetState = () => import('./lazy/target-state');
const actionPath = () => import('./lazy/action-path');
const facilitation = () => import('./lazy/facilitation');

export const appRoutes: RouteObject[] = [
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
        path: routes.newWorkshop,
        lazy: async () => ({
          Component: (await import('./lazy/new-workshop')).NewWorkshopPage,
        }),
      },
      {
        path: routes.data,
        lazy: async () => ({ Component: (await import('./lazy/backup')).DataPage }),
      },
      {
        path: routes.workshop,
        element: <WorkshopLayout />,
        children: [
          { index: true, element: <Navigate to="current" replace /> },
          {
            path: 'current',
            lazy: async () => ({ Component: (await currentState()).CurrentStateLayout }),
            children: [
              {
                index: true,
                lazy: async () => ({ Component: (await currentState()).CurrentStatePage }),
              },
              {
                path: 'evidence',
                lazy: async () => ({ Component: (await currentState()).EvidencePage }),
              },
              {
                path: 'import',
                lazy: async () => ({ Component: (await currentState()).ImportPage }),
              },
              {
                path: 'journey',
                lazy: async () => ({ Component: (await currentState()).JourneyPage }),
              },
              {
                path: 'context',
                lazy: async () => ({ Component: (await currentState()).ContextPage }),
              },
            ],
          },
          {
            path: 'target',
            lazy: async () => ({ Component: (await targetState()).TargetStateLayout }),
            children: [
              {
                index: true,
                lazy: async () => ({ Component: (await targetState()).TargetStatePage }),
              },
              {
                path: 'participants',
                lazy: async () => ({ Component: (await targetState()).ParticipantsPage }),
              },
              { path: 'rate', lazy: async () => ({ Component: (await targetState()).RatePage }) },
              {
                path: 'results',
                lazy: async () => ({ Component: (await targetState()).ResultsPage }),
              },
              {
                path: 'promises',
                lazy: async () => ({ Component: (await targetState()).PromisesPage }),
              },
              {
                path: 'indicators',
                lazy: async () => ({ Component: (await targetState()).IndicatorsPage }),
              },
            ],
          },
          {
            path: 'path',
            lazy: async () => ({ Component: (await actionPath()).PathLayout }),
            children: [
              {
                index: true,
                lazy: async () => ({ Component: (await actionPath()).ActionPathPage }),
              },
              {
                path: 'prioritise',
                lazy: async () => ({ Component: (await actionPath()).PrioritisePage }),
              },
              {
                path: 'roadmap',
                lazy: async () => ({ Component: (await actionPath()).RoadmapPage }),
              },
              {
                path: 'follow-up',
                lazy: async () => ({ Component: (await actionPath()).FollowUpPage }),
              },
            ],
          },
          {
            path: 'report',
            lazy: async () => ({ Component: (await import('./lazy/report')).ReportPage }),
          },
          {
            path: 'agenda',
            lazy: async () => ({ Component: (await facilitation()).AgendaPage }),
          },
          {
            path: 'history',
            lazy: async () => ({ Component: (await import('./lazy/history')).HistoryPage }),
          },
          {
            path: 'self-assessment/:step?',
            lazy: async () => ({ Component: (await import('./lazy/wizard')).WizardPage }),
          },
          {
            path: 'privacy',
            lazy: async () => ({ Component: (await import('./lazy/privacy')).RedactionPage }),
          },
        ],
      },
      {
        path: routes.guide,
        lazy: async () => ({ Component: (await import('./lazy/guide')).GuidePage }),
      },
      { path: '*', element: <NotFound /> },
    ],
  },
  // Room mode: full-screen views outside the app shell, without its navigation.
  {
    path: routes.room,
    lazy: async () => ({ Component: (await import('./lazy/room')).RoomParticipantPage }),
  },
  {
    path: routes.roomReveal,
    lazy: async () => ({ Component: (await import('./lazy/room')).RoomRevealPage }),
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
        lazy: async () => ({ Component: (await facilitation()).PresentationPage }),
      },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(appRoutes);
}
