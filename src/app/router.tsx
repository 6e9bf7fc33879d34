import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import { routes } from '../config/paths';
import { ActionPathPage } from '../features/action-path/action-path-page';
import { ContextPage } from '../features/current-state/context-page';
import { CurrentStateLayout } from '../features/current-state/current-state-layout';
import { CurrentStatePage } from '../features/current-state/current-state-page';
import { EvidencePage } from '../features/current-state/evidence-page';
import { ImportPage } from '../features/current-state/import-page';
import { JourneyPage } from '../features/current-state/journey-page';
import { ReportPage } from '../features/report/report-page';
import { IndicatorsPage } from '../features/target-state/indicators-page';
import { ParticipantsPage } from '../features/target-state/participants-page';
import { PromisesPage } from '../features/target-state/promises-page';
import { RatePage } from '../features/target-state/rate-page';
import { ResultsPage } from '../features/target-state/results-page';
import { TargetStateLayout } from '../features/target-state/target-state-layout';
import { TargetStatePage } from '../features/target-state/target-state-page';
import { HomePage } from '../features/workshops/home-page';
import { NewWorkshopPage } from '../features/workshops/new-workshop-page';
import { AppShell } from './app-shell';
import { NotFound } from './not-found';
import { WorkshopLayout } from './workshop-layout';

export const appRoutes: RouteObject[] = [
  {
    element: <AppShell />,
    children: [
      { path: routes.home, element: <HomePage /> },
      { path: routes.newWorkshop, element: <NewWorkshopPage /> },
      {
        path: routes.workshop,
        element: <WorkshopLayout />,
        children: [
          { index: true, element: <Navigate to="current" replace /> },
          {
            path: 'current',
            element: <CurrentStateLayout />,
            children: [
              { index: true, element: <CurrentStatePage /> },
              { path: 'evidence', element: <EvidencePage /> },
              { path: 'import', element: <ImportPage /> },
              { path: 'journey', element: <JourneyPage /> },
              { path: 'context', element: <ContextPage /> },
            ],
          },
          {
            path: 'target',
            element: <TargetStateLayout />,
            children: [
              { index: true, element: <TargetStatePage /> },
              { path: 'participants', element: <ParticipantsPage /> },
              { path: 'rate', element: <RatePage /> },
              { path: 'results', element: <ResultsPage /> },
              { path: 'promises', element: <PromisesPage /> },
              { path: 'indicators', element: <IndicatorsPage /> },
            ],
          },
          { path: 'path', element: <ActionPathPage /> },
          { path: 'report', element: <ReportPage /> },
        ],
      },
      { path: '*', element: <NotFound /> },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(appRoutes);
}
