import { baselineRatings, summarisePrinciples } from '../../domain/assessment-stats';
import type { EvidenceKind } from '../../domain/types';
import { useParticipants, usePromises, useRatings } from '../../hooks/use-assessment';
import { useReviews, useVotes } from '../../hooks/use-path';
import { usePriorities } from '../../hooks/use-priorities';
import { useActions } from '../../hooks/use-workshop';
import { formatDate } from '../../lib/dates';
import { formatOneDecimal } from '../../lib/numbers';
import { priorityReason } from '../../lib/priority-reason';
import { EvidenceContent, JourneyContent, ValuesContent } from './presentation-current-state';
import { Nothing, type StepContentProps } from './presentation-parts';
import { StaffCheckContent } from './presentation-staff';
// The one chart of the assessment, shown as the participants know it from the results screen.
import { RadarChart } from '../../components/radar-chart';

type Props = StepContentProps;

const EVIDENCE_KIND: Record<string, EvidenceKind> = {
  feedbackReview: 'feedback',
  customerStories: 'story',
  staffExperiences: 'staffObservation',
};

function AssessmentContent({ workshop, t }: Props) {
  const participants = useParticipants(workshop.id) ?? [];
  const ratings = useRatings(workshop.id) ?? [];
  const summaries = summarisePrinciples(baselineRatings(ratings), participants);
  if (!summaries.some((summary) => summary.count > 0)) return <Nothing t={t} />;
  return (
    <RadarChart
      isLarge
      title={t('present.radar')}
      tableCaption={t('present.radarTable')}
      format={(value) => formatOneDecimal(value, workshop.language)}
      axes={summaries.map((summary) => t(`principle.${summary.principleId}`))}
      series={[
        { name: t('present.current'), values: summaries.map((summary) => summary.mean) },
        {
          name: t('present.target'),
          values: summaries.map((summary) => workshop.targetLevels[summary.principleId] ?? null),
          isDashed: true,
        },
      ]}
    />
  );
}

function TargetContent({ workshop, t }: Props) {
  const promises = usePromises(workshop.id) ?? [];
  if (!workshop.targetStatement && !promises.length) return <Nothing t={t} />;
  return (
    <>
      {workshop.targetStatement ? (
        <p className="present-statement">{workshop.targetStatement}</p>
      ) : null}
      {promises.length ? (
        <>
          <h2>{t('present.promises')}</h2>
          <ul className="present-list">
            {promises.map((promise) => (
              <li key={promise.id}>{promise.text}</li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}

function ActionsContent({ workshop, t, mode }: Props & { mode: string }) {
  const actions = (useActions(workshop.id) ?? []).filter((action) => action.status !== 'dropped');
  const votes = useVotes(workshop.id) ?? [];
  const reviews = useReviews(workshop.id) ?? [];
  const { priorities, touchpoints } = usePriorities(workshop, actions, votes);
  if (!actions.length) return <Nothing t={t} />;
  const quickWins = actions
    .filter((action) => action.quickWinRank !== null)
    .sort((a, b) => (a.quickWinRank ?? 0) - (b.quickWinRank ?? 0));
  if (mode === 'quickWins' || mode === 'closing') {
    const next = reviews.find((review) => !review.isHeld);
    return (
      <>
        {quickWins.length ? (
          <ol className="present-list present-big">
            {quickWins.map((action) => (
              <li key={action.id}>
                {action.title}
                {action.owner ? <span className="present-muted"> – {action.owner}</span> : null}
              </li>
            ))}
          </ol>
        ) : (
          <Nothing t={t} />
        )}
        {mode === 'closing' && next ? (
          <p className="present-figure">
            {t('present.nextReview', { date: formatDate(next.date, workshop.language) })}
          </p>
        ) : null}
      </>
    );
  }
  if (mode === 'prioritisation') {
    return (
      <ol className="present-list">
        {priorities.slice(0, 10).map((priority) => (
          <li key={priority.action.id}>
            {priority.action.title}
            <span className="present-muted">
              {' '}
              – {priorityReason(priority, t, workshop.language, touchpoints)}
            </span>
          </li>
        ))}
      </ol>
    );
  }
  return (
    <ol className="present-list">
      {actions.slice(0, 10).map((action) => (
        <li key={action.id}>{action.title}</li>
      ))}
    </ol>
  );
}

function IntroContent({ workshop, t }: Props) {
  return (
    <>
      <p className="present-figure">{workshop.organisation}</p>
      <ol className="present-list">
        <li>{t('current.question')}</li>
        <li>{t('target.question')}</li>
        <li>{t('path.question')}</li>
      </ol>
    </>
  );
}

/** What the room sees for a step: shared results only, never the facilitator's notes. */
export function PresentationContent({ workshop, t, kind }: Props & { kind: string }) {
  const evidenceKind = EVIDENCE_KIND[kind];
  if (evidenceKind)
    return kind === 'staffExperiences' ? (
      <div className="present-columns">
        <div>
          <EvidenceContent workshop={workshop} t={t} kind={evidenceKind} />
        </div>
        <div>
          <StaffCheckContent workshop={workshop} t={t} />
        </div>
      </div>
    ) : (
      <EvidenceContent key={kind} workshop={workshop} t={t} kind={evidenceKind} />
    );
  switch (kind) {
    case 'intro':
      return <IntroContent workshop={workshop} t={t} />;
    case 'values':
      return <ValuesContent workshop={workshop} t={t} />;
    case 'journey':
      return <JourneyContent workshop={workshop} t={t} />;
    case 'assessment':
      return <AssessmentContent workshop={workshop} t={t} />;
    case 'target':
      return <TargetContent workshop={workshop} t={t} />;
    case 'actions':
    case 'prioritisation':
    case 'quickWins':
    case 'closing':
      return <ActionsContent workshop={workshop} t={t} mode={kind} />;
    default:
      return null;
  }
}
