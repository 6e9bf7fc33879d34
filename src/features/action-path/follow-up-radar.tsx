import { RadarChart } from '../../components/radar-chart';
import { PRINCIPLE_IDS } from '../../domain/principles';
import type { TrendPoint } from '../../domain/trend';
import type { Workshop } from '../../domain/types';
import { useT } from '../../hooks/use-t';
import { formatDate } from '../../lib/dates';
import { formatOneDecimal } from '../../lib/numbers';
import { useUiStore } from '../../stores/ui-store';

/** Where the latest review stands between the workshop's ratings and the target. */
export function FollowUpRadar({ workshop, trend }: { workshop: Workshop; trend: TrendPoint[] }) {
  const t = useT();
  const language = useUiStore((state) => state.language);
  const baseline = trend.find((point) => point.reviewId === '');
  const latest = trend.findLast((point) => point.reviewId !== '');
  if (!latest) return null;
  const valuesOf = (point: TrendPoint) => PRINCIPLE_IDS.map((id) => point.means[id]);
  return (
    <RadarChart
      title={t('followUp.radar')}
      tableCaption={t('followUp.radarTable')}
      format={(value) => formatOneDecimal(value, language)}
      axes={PRINCIPLE_IDS.map((id) => t(`principle.${id}`))}
      series={[
        {
          name: t('followUp.latest', { date: formatDate(latest.date, language) }),
          values: valuesOf(latest),
        },
        {
          name: t('followUp.target'),
          values: PRINCIPLE_IDS.map((id) => workshop.targetLevels[id] ?? null),
          isDashed: true,
        },
        ...(baseline ? [{ name: t('followUp.baseline'), values: valuesOf(baseline) }] : []),
      ]}
    />
  );
}
