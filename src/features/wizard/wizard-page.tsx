import { useEffect, useRef } from 'react';
import { Link, Navigate, useNavigate, useParams } from 'react-router';
import { paths } from '../../config/paths';
import { useCurrentWorkshop } from '../../hooks/use-workshop';
import { useT } from '../../hooks/use-t';
import { flushSaves } from '../../db/save-queue';
import { ActionsStep } from './actions-step';
import { FeedbackStep } from './feedback-step';
import { MomentsStep } from './moments-step';
import { OrganisationStep } from './organisation-step';
import { PlanStep } from './plan-step';
import { QuickWinsStep } from './quick-wins-step';
import { RateStep } from './rate-step';
import { StaffStep } from './staff-step';
import { StatementsStep } from './statements-step';
import { isWizardStep, WIZARD_STEPS, type WizardStepId } from './steps';
import { TargetsStep } from './targets-step';
import type { Workshop } from '../../domain/types';
import './wizard.css';

const STEP_COMPONENTS: Record<WizardStepId, (props: { workshop: Workshop }) => React.ReactNode> = {
  organisation: OrganisationStep,
  feedback: FeedbackStep,
  moments: MomentsStep,
  rate: RateStep,
  staff: StaffStep,
  targets: TargetsStep,
  statements: StatementsStep,
  actions: ActionsStep,
  'quick-wins': QuickWinsStep,
  plan: PlanStep,
};

/** A manager's self-assessment: the method in short steps, one screen each, saved as you go. */
export function WizardPage() {
  const t = useT();
  const workshop = useCurrentWorkshop();
  const { step } = useParams();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const navigate = useNavigate();
  const go = (to: WizardStepId) => {
    void flushSaves();
    void navigate(paths.wizard(workshop.id, to));
  };

  // A new step is a new page for screen reader and keyboard users: start them at its heading.
  useEffect(() => {
    headingRef.current?.focus();
  }, [step]);

  if (!isWizardStep(step))
    return <Navigate to={paths.wizard(workshop.id, WIZARD_STEPS[0])} replace />;
  const index = WIZARD_STEPS.indexOf(step);
  const previous = WIZARD_STEPS[index - 1];
  const next = WIZARD_STEPS[index + 1];
  const Step = STEP_COMPONENTS[step];

  return (
    <section className="page wizard">
      <header className="wizard-header">
        <p className="eyebrow">
          {t('wizard.title')} · {t('wizard.progress', { n: index + 1, total: WIZARD_STEPS.length })}
        </p>
        <nav aria-label={t('wizard.steps')}>
          <ol className="wizard-progress">
            {WIZARD_STEPS.map((id, position) => (
              <li
                key={id}
                className={position < index ? 'done' : position === index ? 'current' : undefined}
              >
                <Link
                  to={paths.wizard(workshop.id, id)}
                  aria-current={id === step ? 'step' : undefined}
                  onClick={() => void flushSaves()}
                >
                  <span className="step-number" aria-hidden="true">
                    {position + 1}
                  </span>
                  <span className="wizard-step-name">{t(`wizard.step.${id}`)}</span>
                </Link>
              </li>
            ))}
          </ol>
        </nav>
        <h1 ref={headingRef} tabIndex={-1}>
          {t(`wizard.step.${step}`)}
        </h1>
      </header>
      <div className="wizard-body">
        <Step key={step} workshop={workshop} />
      </div>
      <div className="button-row wizard-nav">
        {/* Buttons, as in any wizard: they save what was typed, then go to the step. */}
        {previous ? (
          <button type="button" className="button-secondary" onClick={() => go(previous)}>
            <span aria-hidden="true">← </span>
            {t('wizard.back')}
          </button>
        ) : null}
        {next ? (
          <button type="button" className="button-primary" onClick={() => go(next)}>
            {t('wizard.next')}
            <span aria-hidden="true"> →</span>
          </button>
        ) : null}
      </div>
      <p className="muted wizard-footnote">
        {t('wizard.savedAsYouGo')}{' '}
        <Link to={paths.phase(workshop.id, 'current')}>{t('wizard.fullScreens')}</Link>
      </p>
    </section>
  );
}
