import type { TargetStatePart } from '../../config/paths';
import { definePhase } from '../../components/phase-screens';

/** Phase 2's sub-pages: the router and the sub-navigation both read this table. */
export const targetStateScreens = definePhase<TargetStatePart>()({
  phase: 'target',
  nav: 'target.nav',
  screens: [
    {
      part: 'participants',
      label: 'target.nav.participants',
      lazy: () => import('./participants-page').then((page) => page.ParticipantsPage),
    },
    {
      part: 'rate',
      label: 'target.nav.rate',
      lazy: () => import('./rate-page').then((page) => page.RatePage),
    },
    {
      part: 'results',
      label: 'target.nav.results',
      lazy: () => import('./results-page').then((page) => page.ResultsPage),
    },
    {
      part: '',
      label: 'target.nav.target',
      lazy: () => import('./target-state-page').then((page) => page.TargetStatePage),
    },
    {
      part: 'promises',
      label: 'target.nav.promises',
      lazy: () => import('./promises-page').then((page) => page.PromisesPage),
    },
    {
      part: 'indicators',
      label: 'target.nav.indicators',
      lazy: () => import('./indicators-page').then((page) => page.IndicatorsPage),
    },
  ],
});
