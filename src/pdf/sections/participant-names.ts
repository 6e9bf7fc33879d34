import type { Participant } from '../../domain/types';
import type { Translate } from '../../i18n';
import type { ReportOptions } from '../../domain/report-options';

/** A participant as printed: the name, or a neutral label when the plan is anonymised. */
export function participantName(
  participant: Participant,
  index: number,
  options: ReportOptions,
  t: Translate,
): string {
  if (options.isAnonymous) return t('pdf.participantN', { n: index + 1 });
  return participant.group
    ? `${participant.name} (${t(`group.${participant.group}`)})`
    : participant.name;
}
