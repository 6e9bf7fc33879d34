import { PhasePage } from '../../components/phase-page';
import { meanColumn, PrincipleTable } from '../../components/principle-table';
import { baselineRatings, summarisePrinciples } from '../../domain/assessment-stats';
import type { ParticipantGroup } from '../../domain/types';
import { useParticipants, useRatings } from '../../hooks/use-assessment';
import { useCurrentWorkshop } from '../../hooks/use-workshop';
import { formatOneDecimal, formatOrDash, formatRange } from '../../lib/numbers';
import { useT } from '../../hooks/use-t';
import { useUiStore } from '../../stores/ui-store';
import { RadarChart } from '../../components/radar-chart';
import './target-state.css';

export function ResultsPage() {
  const t = useT();
  const language = useUiStore((state) => state.language);
  const workshop = useCurrentWorkshop();
  const participants = useParticipants(workshop.id) ?? [];
  const ratings = useRatings(workshop.id) ?? [];
  const summaries = summarisePrinciples(baselineRatings(ratings), participants);
  const format = (value: number | null) => formatOrDash(value, language);
  const groupName = (group: ParticipantGroup) => (group ? t(`group.${group}`) : t('group.none'));
  const hasRatings = summaries.some((summary) => summary.count > 0);

  return (
    <PhasePage
      title={t('results.title')}
      question={t('results.question')}
      intro={t('results.rounding')}
    >
      {!hasRatings ? <p className="muted">{t('results.noRatings')}</p> : null}
      <RadarChart
        title={t('results.radar')}
        tableCaption={t('results.radarTable')}
        format={(value) => formatOneDecimal(value, language)}
        axes={summaries.map((summary) => t(`principle.${summary.principleId}`))}
        series={[
          { name: t('results.current'), values: summaries.map((summary) => summary.mean) },
          {
            name: t('results.target'),
            values: summaries.map((summary) => workshop.targetLevels[summary.principleId] ?? null),
            isDashed: true,
          },
        ]}
      />
      <PrincipleTable
        caption={t('results.statistics')}
        rows={summaries}
        principleHeader={t('results.principle')}
        columns={[
          meanColumn(t('results.mean'), language),
          {
            header: t('results.range'),
            cell: (summary) => formatRange(summary.min, summary.max),
          },
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
        ]}
      />
      <p className="muted">{t('results.splitRule')}</p>
    </PhasePage>
  );
}
