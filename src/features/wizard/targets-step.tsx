import { useId } from 'react';
import { ScoreSelect } from '../../components/score-select';
import { setWorkshopMapEntry } from '../../db/repositories/workshops';
import type { Workshop } from '../../domain/types';
import { useReportError } from '../../hooks/use-storage-error-notice';
import { useT } from '../../hooks/use-t';
import { formatOrDash } from '../../lib/numbers';
import { useSelfSummaries } from './use-self-summaries';

/** Step 6: a target level for each principle, next to today's rating. */
export function TargetsStep({ workshop }: { workshop: Workshop }) {
  const t = useT();
  const id = useId();
  const reportError = useReportError();
  const { summaries } = useSelfSummaries(workshop);
  return (
    <>
      <p className="lead">{t('wizard.targets.intro')}</p>
      <ul className="stack-list wizard-targets">
        {summaries.map((summary) => {
          const name = t(`principle.${summary.principleId}`);
          const fieldId = `${id}-${summary.principleId}`;
          return (
            <li key={summary.principleId} className="card">
              <label htmlFor={fieldId}>
                <strong>{name}</strong>
                <span className="visually-hidden"> – {t('wizard.targets.target', { name })}</span>
              </label>
              <span className="muted">
                {t('wizard.targets.current', {
                  score: formatOrDash(summary.mean, workshop.language),
                })}
              </span>
              <ScoreSelect
                id={fieldId}
                value={workshop.targetLevels[summary.principleId] ?? null}
                notSetLabel={t('target.notSet')}
                onChange={(value) =>
                  void setWorkshopMapEntry(
                    workshop.id,
                    'targetLevels',
                    summary.principleId,
                    value ?? undefined,
                  ).catch(reportError)
                }
              />
            </li>
          );
        })}
      </ul>
    </>
  );
}
