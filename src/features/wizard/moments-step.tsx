import { useId } from 'react';
import { ScoreSelect } from '../../components/score-select';
import { createStage } from '../../db/repositories/current-state';
import {
  applyJourneyTemplate,
  createTouchpoint,
  updateTouchpoint,
} from '../../db/repositories/journey';
import { JOURNEY_TEMPLATES } from '../../domain/journey-templates';
import type { Touchpoint, Workshop } from '../../domain/types';
import { useJourney } from '../../hooks/use-current-state';
import { useReportError } from '../../hooks/use-storage-error-notice';
import { useTouchpointEdit } from '../../hooks/use-touchpoint-edit';
import { useT } from '../../hooks/use-t';
import { useWorkshopT } from '../../hooks/use-workshop-t';
import { WizardAddForm } from './wizard-add-form';

/** Step 3: the moments of the journey that matter most, with importance and performance. */
export function MomentsStep({ workshop }: { workshop: Workshop }) {
  const t = useT();
  const workshopT = useWorkshopT(workshop.language);
  const id = useId();
  const reportError = useReportError();
  const journey = useJourney(workshop.id);
  if (!journey) return <p>{t('common.loading')}</p>;
  const { stages, touchpoints } = journey;

  const add = async (name: string) => {
    const stage =
      stages.at(-1) ??
      (await createStage(workshop.id, {
        name: workshopT('wizard.moments.defaultStage'),
        order: 0,
      }));
    const touchpoint = await createTouchpoint(workshop.id, stage.id, name);
    await updateTouchpoint(touchpoint.id, { isCritical: true });
  };
  const template =
    JOURNEY_TEMPLATES[workshop.language][1] ?? JOURNEY_TEMPLATES[workshop.language][0];

  return (
    <>
      <p className="lead">{t('wizard.moments.intro')}</p>
      {touchpoints.length === 0 ? (
        <div className="card">
          <p>{t('wizard.moments.none')}</p>
          {template ? (
            <button
              type="button"
              className="button-secondary"
              onClick={() => void applyJourneyTemplate(workshop.id, template).catch(reportError)}
            >
              {t('wizard.moments.useJourney')}
            </button>
          ) : null}
        </div>
      ) : null}
      {stages.map((stage) => {
        const inStage = touchpoints.filter((touchpoint) => touchpoint.stageId === stage.id);
        if (inStage.length === 0) return null;
        return (
          <section key={stage.id} className="card" aria-labelledby={`${id}-${stage.id}`}>
            <h2 id={`${id}-${stage.id}`}>{stage.name}</h2>
            <ul className="stack-list wizard-moments">
              {inStage.map((touchpoint) => (
                <MomentRow key={touchpoint.id} touchpoint={touchpoint} />
              ))}
            </ul>
          </section>
        );
      })}
      <WizardAddForm
        label={t('wizard.moments.add')}
        buttonLabel={t('wizard.moments.addButton')}
        onAdd={add}
      />
    </>
  );
}

function MomentRow({ touchpoint }: { touchpoint: Touchpoint }) {
  const t = useT();
  const id = useId();
  const { isCritical, setCritical, save: update } = useTouchpointEdit(touchpoint);
  return (
    <li className={isCritical ? 'wizard-moment critical' : 'wizard-moment'}>
      <label className="choice">
        <input
          type="checkbox"
          checked={isCritical}
          onChange={(event) => setCritical(event.target.checked)}
        />
        <span>
          <strong>{touchpoint.name}</strong>
          <span className="visually-hidden"> – {t('wizard.moments.critical')}</span>
        </span>
      </label>
      {isCritical ? (
        <div className="wizard-moment-scores">
          <label htmlFor={`${id}-importance`}>
            {t('wizard.moments.importance', { name: touchpoint.name })}
          </label>
          <ScoreSelect
            id={`${id}-importance`}
            value={touchpoint.importance}
            notSetLabel={t('target.notSet')}
            onChange={(importance) => update({ importance })}
          />
          <label htmlFor={`${id}-performance`}>
            {t('wizard.moments.performance', { name: touchpoint.name })}
          </label>
          <ScoreSelect
            id={`${id}-performance`}
            value={touchpoint.performance}
            notSetLabel={t('target.notSet')}
            onChange={(performance) => update({ performance })}
          />
        </div>
      ) : null}
    </li>
  );
}
