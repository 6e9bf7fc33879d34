import type { StaffStatementId } from '../../domain/staff-statements';
import type { TrendPoint } from '../../domain/trend';
import { staffSeries } from '../../domain/trend-charts';
import type { Language, Workshop } from '../../domain/types';
import { useT } from '../../hooks/use-t';
import { ScoreTrend } from './score-trend';

type Props = { workshop: Workshop; trend: TrendPoint<StaffStatementId>[]; language: Language };

/** The follow-up's trend of the staff experience: each statement from the workshop on. */
export function StaffTrend({ workshop, trend, language }: Props) {
  const t = useT();
  return (
    <ScoreTrend
      id="staff-trend-title"
      texts={{
        title: t('staff.trend.title'),
        intro: t('staff.trend.intro'),
        needTwo: t('staff.trend.needTwo'),
        needBaseline: t('staff.trend.needBaseline'),
        itemHeader: t('staff.results.statement'),
        tableCaption: t('staff.trend.tableCaption'),
      }}
      trend={trend}
      series={staffSeries(trend, workshop)}
      nameOf={(key) => t(`staff.item.${key}`)}
      language={language}
    />
  );
}
