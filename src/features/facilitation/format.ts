import { paths } from '../../config/paths';
import type { LiveActivityKind } from '../../domain/live-room/types';
import type { MessageKey, Translate } from '../../i18n';

/** "3 h 55 min" or "25 min". */
export function formatDuration(t: Translate, totalMinutes: number): string {
  const minutes = Math.max(0, Math.round(totalMinutes));
  const hours = Math.floor(minutes / 60);
  return hours
    ? t('agenda.hoursMinutes', { hours, minutes: minutes % 60 })
    : t('agenda.minutesOnly', { minutes });
}

type WorkScreen = { to: string; label: MessageKey };

/** Where the work of a method step happens in the app; custom steps have no screen. */
export function workScreen(kind: string, workshopId: string): WorkScreen | null {
  switch (kind) {
    case 'intro':
      return { to: paths.currentPart(workshopId, ''), label: 'agenda.screen.summary' };
    case 'feedbackReview':
    case 'customerStories':
    case 'staffExperiences':
      return { to: paths.currentPart(workshopId, 'evidence'), label: 'agenda.screen.evidence' };
    case 'values':
      return { to: paths.currentPart(workshopId, 'context'), label: 'agenda.screen.context' };
    case 'journey':
      return { to: paths.currentPart(workshopId, 'journey'), label: 'agenda.screen.journey' };
    case 'assessment':
      return { to: paths.targetPart(workshopId, 'rate'), label: 'agenda.screen.rate' };
    case 'target':
      return { to: paths.targetPart(workshopId, ''), label: 'agenda.screen.target' };
    case 'actions':
      return { to: paths.pathPart(workshopId, ''), label: 'agenda.screen.actions' };
    case 'prioritisation':
    case 'quickWins':
      return { to: paths.pathPart(workshopId, 'prioritise'), label: 'agenda.screen.prioritise' };
    case 'closing':
      return { to: paths.pathPart(workshopId, 'follow-up'), label: 'agenda.screen.followUp' };
    default:
      return null;
  }
}

/** The live-room activity that fits a method step, if any: the agenda offers to start it. */
export function liveActivityOf(kind: string): LiveActivityKind | null {
  switch (kind) {
    case 'assessment':
      return 'ratings';
    case 'staffExperiences':
      return 'staffRatings';
    case 'actions':
      return 'ideas';
    case 'prioritisation':
      return 'votes';
    case 'feedbackReview':
    case 'customerStories':
      return 'evidence';
    default:
      return null;
  }
}
