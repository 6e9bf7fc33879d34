import type { TrendPoint } from '../../domain/trend';
import { principleSeries } from '../../domain/trend-charts';
import type { Language, Workshop } from '../../domain/types';
import { useT } from '../../hooks/use-t';
import { FollowUpRadar } from './follow-up-radar';
import { ScoreTrend } from './score-trend';

type Props = { workshop: Workshop; trend: TrendPoint[]; language: Language };

/**
 * The follow-up's trend per principle, with the radar of where the latest review stands
 * between the workshop and the target.
 */
export function PrincipleTrend({ workshop, trend, language }: Props) {
  const t = useT();
  return (
    <ScoreTrend
      id="trend-title"
      texts={{
        title: t('followUp.trend'),
        intro: t('trend.intro'),
        needTwo: t('trend.needTwo'),
        needBaseline: t('trend.needBaseline'),
        itemHeader: t('results.principle'),
        tableCaption: t('trend.tableCaption'),
      }}
      trend={trend}
      series={principleSeries(trend, workshop)}
      nameOf={(key) => t(`principle.${key}`)}
      language={language}
    >
      <div className="trend-radar">
        <FollowUpRadar workshop={workshop} trend={trend} />
      </div>
    </ScoreTrend>
  );
}
