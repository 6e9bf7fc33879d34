import type { CurrentStatePart } from '../../config/paths';
import { definePhase } from '../../components/phase-screens';

/** Phase 1's sub-pages: the router and the sub-navigation both read this table. */
export const currentStateScreens = definePhase<CurrentStatePart>()({
  phase: 'current',
  nav: 'current.nav',
  screens: [
    {
      part: '',
      label: 'current.nav.summary',
      lazy: () => import('./current-state-page').then((page) => page.CurrentStatePage),
    },
    {
      part: 'evidence',
      label: 'current.nav.evidence',
      lazy: () => import('./evidence-page').then((page) => page.EvidencePage),
    },
    {
      part: 'import',
      label: 'current.nav.import',
      lazy: () => import('./import-page').then((page) => page.ImportPage),
    },
    {
      part: 'journey',
      label: 'current.nav.journey',
      lazy: () => import('./journey-page').then((page) => page.JourneyPage),
    },
    {
      part: 'context',
      label: 'current.nav.context',
      lazy: () => import('./context-page').then((page) => page.ContextPage),
    },
    {
      part: 'staff',
      label: 'current.nav.staff',
      lazy: () => import('./staff-page').then((page) => page.StaffPage),
    },
  ],
});
