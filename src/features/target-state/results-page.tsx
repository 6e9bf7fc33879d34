import { PhasePage } from '../../components/phase-page';
import { PrincipleTable } from '../../components/principle-table';
import { baselineRatings, summarisePrinciples } from '../../domain/assessment-stats';
import { useParticipants, useRatings } from '../../hooks/use-assessment';
import { useCurrentWorkshop } from '../../hooks/use-workshop';
import { formatOneDecimal } from '../../lib/numbers';
import { useT } from '../../hooks/use-t';
import { useUiStore } from '../../stores/ui-store';
import { RadarChart } from '../../components/radar-chart';
import { StaffResults } from './staff-results';
import { statisticsColumns } from './statistics-columns';
import './target-state.css';

export function ResultsPage() {
  const t = useT();
  const language = useUiStore((state) => state.language);
  const workshop = useCurrentWorkshop();
  const participants = useParticipants(workshop.id) ?? [];
  const ratings = useRatings(workshop.id) ?? [];
  const summaries = summarisePrinciples(baselineRatings(ratings), participants);
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
        columns={statisticsColumns(t, language)}
      />
      <p className="muted">{t('results.splitRule')}</p>
      <StaffResults workshop={workshop} participants={participants} principles={summaries} />
    </PhasePage>
  );
}
