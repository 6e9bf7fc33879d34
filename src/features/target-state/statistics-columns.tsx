import { meanColumn, type Column } from '../../components/principle-table';
import type { ScoreSummary } from '../../domain/assessment-stats';
import type { Language, ParticipantGroup } from '../../domain/types';
import type { Translate } from '../../i18n';
import { formatOrDash, formatRange } from '../../lib/numbers';

/** Mean, range, spread, counts and groups: the columns of the principles and the staff check. */
export function statisticsColumns<Row extends ScoreSummary>(
  t: Translate,
  language: Language,
  afterMean: readonly Column<Row>[] = [],
): Column<Row>[] {
  const format = (value: number | null) => formatOrDash(value, language);
  const groupName = (group: ParticipantGroup) => (group ? t(`group.${group}`) : t('group.none'));
  return [
    meanColumn(t('results.mean'), language),
    ...afterMean,
    { header: t('results.range'), cell: (summary) => formatRange(summary.min, summary.max) },
    { header: t('results.sd'), cell: (summary) => format(summary.sd) },
    { header: t('results.count'), cell: (summary) => summary.count },
    { header: t('results.dontKnow'), cell: (summary) => summary.dontKnow },
    {
      header: t('results.groups'),
      cell: (summary) => (
        <>
          {summary.groups
            .map((group) => `${groupName(group.group)} ${format(group.mean)}`)
            .join(' · ') || '–'}
          {summary.split ? (
            <p className="flag">
              ⚑{' '}
              {t('results.groupSplit', {
                difference: format(summary.split.difference),
                high: groupName(summary.split.high.group),
                low: groupName(summary.split.low.group),
              })}
            </p>
          ) : null}
        </>
      ),
    },
  ];
}
