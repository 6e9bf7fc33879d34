import { PhasePage } from '../../components/phase-page';
import { createIndicator } from '../../db/repositories/assessment';
import { useIndicators } from '../../hooks/use-assessment';
import { useSegments } from '../../hooks/use-current-state';
import { useReportError } from '../../hooks/use-storage-error-notice';
import { useCurrentWorkshop } from '../../hooks/use-workshop';
import { useT } from '../../hooks/use-t';
import { IndicatorCard } from './indicator-card';
import { WordOfMouthTarget } from './word-of-mouth-target';
import './target-state.css';

export function IndicatorsPage() {
  const t = useT();
  const workshop = useCurrentWorkshop();
  const indicators = useIndicators(workshop.id) ?? [];
  const segments = useSegments(workshop.id) ?? [];
  const reportError = useReportError();
  const add = async (fields: { name: string; baseline: string; target: string }) => {
    await createIndicator(workshop.id, {
      ...fields,
      unit: '',
      targetDate: '',
      method: '',
      segmentIds: [],
    });
  };
  return (
    <PhasePage
      title={t('indicators.title')}
      question={t('indicators.question')}
      intro={t('indicators.guide')}
    >
      <WordOfMouthTarget workshop={workshop} />
      {indicators.length === 0 ? <p className="muted">{t('indicators.empty')}</p> : null}
      <ol className="stack-list indicator-list">
        {indicators.map((indicator, index) => (
          <IndicatorCard
            key={indicator.id}
            indicator={indicator}
            number={index + 1}
            segments={segments}
          />
        ))}
      </ol>
      <div className="button-row">
        <button
          type="button"
          className="button-secondary"
          onClick={() => void add({ name: '', baseline: '', target: '' }).catch(reportError)}
        >
          + {t('indicators.add')}
        </button>
      </div>
    </PhasePage>
  );
}
