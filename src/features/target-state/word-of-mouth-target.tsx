import { CountField } from '../../components/count-field';
import type { Workshop } from '../../domain/types';
import {
  baselineOf,
  formatWordOfMouth,
  isSet,
  suggestedTarget,
  targetOf,
} from '../../domain/word-of-mouth';
import { useReportError } from '../../hooks/use-storage-error-notice';
import { useWorkshopUpdate } from '../../hooks/use-workshop';
import { useT } from '../../hooks/use-t';

/** The word-of-mouth indicator: both numbers as baseline and target. */
export function WordOfMouthTarget({ workshop }: { workshop: Workshop }) {
  const t = useT();
  const write = useWorkshopUpdate(workshop.id);
  const reportError = useReportError();
  const update = (patch: Partial<Workshop>) => write(patch).catch(reportError);
  const baseline = baselineOf(workshop);
  const target = targetOf(workshop);
  const suggestion = suggestedTarget(baseline);
  return (
    <section className="card" aria-labelledby="wom-title">
      <h2 id="wom-title">{t('wom.title')}</h2>
      <p className="muted">{t('wom.guide')}</p>
      <p>
        {isSet(baseline)
          ? t('wom.baseline', { figure: formatWordOfMouth(baseline) })
          : t('wom.noBaseline')}
      </p>
      <div className="two-columns">
        <CountField
          label={t('wom.targetGood')}
          value={target.good}
          onSave={(value) => void update({ wordOfMouthGoodTarget: value })}
        />
        <CountField
          label={t('wom.targetBad')}
          value={target.bad}
          onSave={(value) => void update({ wordOfMouthBadTarget: value })}
        />
      </div>
      {isSet(target) ? (
        <p>
          {t('wom.change', {
            baseline: formatWordOfMouth(baseline),
            target: formatWordOfMouth(target),
          })}
        </p>
      ) : (
        <button
          type="button"
          className="button-secondary"
          onClick={() =>
            void update({
              wordOfMouthGoodTarget: suggestion.good,
              wordOfMouthBadTarget: suggestion.bad,
            })
          }
        >
          {t('wom.suggest', { figure: formatWordOfMouth(suggestion) })}
        </button>
      )}
    </section>
  );
}
