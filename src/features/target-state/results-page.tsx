import { PhaseHeader } from '../../components/phase-header';
import { baselineRatings, summarisePrinciples } from '../../domain/assessment-stats';
import type { ParticipantGroup } from '../../domain/types';
import { useParticipants, useRatings } from '../../hooks/use-assessment';
import { useCurrentWorkshop } from '../../hooks/use-workshop';
import { formatOneDecimal, formatOrDash, formatRange } from '../../lib/numbers';
import { useT } from '../../hooks/use-t';
import { useUiStore } from '../../stores/ui-store';
import { RadarChart } from '../../components/radar-chart';

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
    <section className="page phase">
      <PhaseHeader
        title={t('results.title')}
        question={t('results.question')}
        intro={t('results.rounding')}
      />
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
      <div className="table-scroll">
        <table className="data-table">
          <caption className="visually-hidden">{t('results.statistics')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('results.principle')}</th>
              <th scope="col">{t('results.mean')}</th>
              <th scope="col">{t('results.range')}</th>
              <th scope="col">{t('results.sd')}</th>
              <th scope="col">{t('results.count')}</th>
              <th scope="col">{t('results.dontKnow')}</th>
              <th scope="col">{t('results.groups')}</th>
            </tr>
          </thead>
          <tbody>
            {summaries.map((summary) => (
              <tr key={summary.principleId}>
                <th scope="row">{t(`principle.${summary.principleId}`)}</th>
                <td>{format(summary.mean)}</td>
                <td>{formatRange(summary.min, summary.max)}</td>
                <td>{format(summary.sd)}</td>
                <td>{summary.count}</td>
                <td>{summary.dontKnow}</td>
                <td>
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
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="muted">{t('results.splitRule')}</p>
    </section>
  );
}
