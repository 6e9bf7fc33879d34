import type { PathPart } from '../../config/paths';
import { definePhase } from '../../components/phase-screens';

/** Phase 3's sub-pages: the router and the sub-navigation both read this table. */
export const actionPathScreens = definePhase<PathPart>()({
  phase: 'path',
  nav: 'path.nav',
  screens: [
    {
      part: '',
      label: 'path.nav.actions',
      lazy: () => import('./action-path-page').then((page) => page.ActionPathPage),
    },
    {
      part: 'prioritise',
      label: 'path.nav.prioritise',
      lazy: () => import('./prioritise-page').then((page) => page.PrioritisePage),
    },
    {
      part: 'roadmap',
      label: 'path.nav.roadmap',
      lazy: () => import('./roadmap-page').then((page) => page.RoadmapPage),
    },
    {
      part: 'follow-up',
      label: 'path.nav.followUp',
      lazy: () => import('./follow-up-page').then((page) => page.FollowUpPage),
    },
    {
      part: 'change-agent',
      label: 'path.nav.changeAgent',
      lazy: () => import('./change-agent-page').then((page) => page.ChangeAgentPage),
    },
  ],
});
