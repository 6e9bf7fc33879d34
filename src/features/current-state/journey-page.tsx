import type { Segment } from '../../domain/types';
import { useId } from 'react';
import { AddOneForm } from '../../components/add-one-form';
import { createStage, moveStage } from '../../db/repositories/current-state';
import { applyJourneyTemplate } from '../../db/repositories/journey';
import { rankCriticalMoments } from '../../domain/critical-moments';
import { hasTemplateStages, JOURNEY_TEMPLATES } from '../../domain/journey-templates';
import { useJourney, useSegments } from '../../hooks/use-current-state';
import { useReportError } from '../../hooks/use-storage-error-notice';
import { useCurrentWorkshop } from '../../hooks/use-workshop';
import { useT } from '../../hooks/use-t';
import { useWorkshopT } from '../../hooks/use-workshop-t';
import { GuidingQuestions } from './guiding-questions';
import { StageColumn } from './stage-column';
import './current-state.css';

const NO_SEGMENTS: Segment[] = [];

export function JourneyPage() {
  const t = useT();
  const id = useId();
  const workshop = useCurrentWorkshop();
  const workshopT = useWorkshopT(workshop.language);
  const journey = useJourney(workshop.id);
  const segments = useSegments(workshop.id) ?? NO_SEGMENTS;
  const reportError = useReportError();
  const stages = journey?.stages ?? [];
  const touchpoints = journey?.touchpoints ?? [];
  const critical = rankCriticalMoments(touchpoints);
  // Open while the journey is empty or holds only a CSV import's stage; folded beside one's own.
  const importedStage = workshopT('import.stageName');
  const isOfferOpen = stages.every((stage) => stage.name === importedStage);

  const addStage = async (name: string) => {
    await createStage(workshop.id, { name });
  };

  return (
    <section className="page phase">
      <header className="phase-header">
        <h1>{t('journey.title')}</h1>
        <p className="phase-question">{t('journey.question')}</p>
        <GuidingQuestions text={t('journey.guide')} />
      </header>
      {journey && !hasTemplateStages(stages) ? (
        <details className="card template-offer" open={isOfferOpen}>
          <summary>
            <h2>{t('journey.templates')}</h2>
          </summary>
          <p className="muted">
            {t(stages.length === 0 ? 'journey.empty' : 'journey.templatesAfter')}
          </p>
          <ul className="template-list">
            {JOURNEY_TEMPLATES[workshop.language].map((template) => (
              <li key={template.id}>
                <span>{t(`journey.template.${template.id as 'relationship' | 'purchase'}`)}</span>
                <button
                  type="button"
                  className="button-secondary"
                  onClick={() =>
                    void applyJourneyTemplate(workshop.id, template).catch(reportError)
                  }
                >
                  {t('journey.useTemplate')}
                </button>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {critical.length > 0 ? (
        <section className="card" aria-labelledby={`${id}-critical`}>
          <h2 id={`${id}-critical`}>{t('journey.criticalList')}</h2>
          <p className="muted">{t('journey.stripCritical', { count: critical.length })}</p>
          <ol>
            {critical.map((touchpoint) => (
              <li key={touchpoint.id}>
                <strong>{touchpoint.name}</strong>{' '}
                <span className="muted">
                  (
                  {t('journey.gap', {
                    importance: touchpoint.importance ?? '–',
                    performance: touchpoint.performance ?? '–',
                  })}
                  )
                </span>
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      <h2>{t('journey.strip')}</h2>
      <ol className="journey-strip">
        {stages.map((stage, index) => (
          <StageColumn
            key={stage.id}
            stage={stage}
            stages={stages}
            number={index + 1}
            touchpoints={touchpoints.filter((touchpoint) => touchpoint.stageId === stage.id)}
            segments={segments}
            isFirst={index === 0}
            isLast={index === stages.length - 1}
            onMove={(direction) => void moveStage(stage.id, direction).catch(reportError)}
          />
        ))}
      </ol>
      <AddOneForm
        className="inline-form"
        label={t('journey.newStage')}
        buttonLabel={t('journey.addStage')}
        onAdd={addStage}
      />
    </section>
  );
}
