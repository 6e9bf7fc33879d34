import { useState } from 'react';
import { baselineRatings, summarisePrinciples } from '../../domain/assessment-stats';
import { rankCriticalMoments } from '../../domain/critical-moments';
import { countByTone, emptyToneCounts } from '../../domain/evidence';
import { suggestedOrder, voteTotals } from '../../domain/path';
import type { EvidenceKind, Workshop } from '../../domain/types';
import { useParticipants, usePromises, useRatings } from '../../hooks/use-assessment';
import { useEvidence, useJourney, useOrgValues, useThemes } from '../../hooks/use-current-state';
import { useReviews, useVotes } from '../../hooks/use-path';
import { useActions } from '../../hooks/use-workshop';
import type { Translate } from '../../i18n';
import { formatDate } from '../../lib/dates';
import { formatOneDecimal } from '../../lib/numbers';
// The one chart of the assessment, shown as the participants know it from the results screen.
import { RadarChart } from '../../components/radar-chart';

type Props = { workshop: Workshop; t: Translate };

const Nothing = ({ t }: { t: Translate }) => (
  <p className="present-muted">{t('present.nothingYet')}</p>
);

const EVIDENCE_KIND: Record<string, EvidenceKind> = {
  feedbackReview: 'feedback',
  customerStories: 'story',
  staffExperiences: 'staffObservation',
};

/** Counts and themes by default; the texts themselves only when the facilitator shows them. */
function EvidenceContent({ workshop, t, kind }: Props & { kind: EvidenceKind }) {
  const [isShown, setShown] = useState(false);
  const evidence = (useEvidence(workshop.id) ?? []).filter((item) => item.kind === kind);
  const themes = useThemes(workshop.id) ?? [];
  const counts = countByTone(evidence, () => 'all').get('all') ?? emptyToneCounts();
  const summary =
    kind === 'story'
      ? t('present.stories', { count: evidence.length })
      : kind === 'staffObservation'
        ? t('present.observations', { count: evidence.length })
        : t('present.items', { count: evidence.length });
  const themed = themes
    .map((theme) => ({
      theme,
      count: evidence.filter((item) => item.themeId === theme.id).length,
    }))
    .filter((entry) => entry.count > 0);
  return (
    <>
      <p className="present-figure">{summary}</p>
      <ul className="present-tones">
        <li>
          {t('present.praise')}: <strong>{counts.praise}</strong>
        </li>
        <li>
          {t('present.complaint')}: <strong>{counts.complaint}</strong>
        </li>
        <li>
          {t('present.suggestion')}: <strong>{counts.suggestion}</strong>
        </li>
      </ul>
      {themed.length ? (
        <>
          <h2>{t('present.themes')}</h2>
          <ul className="present-list">
            {themed.map(({ theme, count }) => (
              <li key={theme.id}>
                {theme.name} ({count})
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {evidence.length ? (
        <button
          type="button"
          className={isShown ? 'present-button is-on' : 'present-button'}
          aria-expanded={isShown}
          onClick={() => setShown(!isShown)}
        >
          {isShown ? t('present.hideDetails') : t('present.showDetails')}
        </button>
      ) : null}
      {isShown ? (
        <ul className="present-quotes">
          {evidence.slice(0, 6).map((item) => (
            <li key={item.id}>{item.text}</li>
          ))}
        </ul>
      ) : null}
    </>
  );
}

function ValuesContent({ workshop, t }: Props) {
  const values = useOrgValues(workshop.id) ?? [];
  if (!workshop.mission && !workshop.vision && !values.length) return <Nothing t={t} />;
  return (
    <dl className="present-values">
      {workshop.mission ? (
        <>
          <dt>{t('present.mission')}</dt>
          <dd>{workshop.mission}</dd>
        </>
      ) : null}
      {workshop.vision ? (
        <>
          <dt>{t('present.vision')}</dt>
          <dd>{workshop.vision}</dd>
        </>
      ) : null}
      {values.length ? (
        <>
          <dt>{t('present.values')}</dt>
          <dd>
            <ul className="present-list">
              {values.map((value) => (
                <li key={value.id}>{value.name}</li>
              ))}
            </ul>
          </dd>
        </>
      ) : null}
    </dl>
  );
}

function JourneyContent({ workshop, t }: Props) {
  const journey = useJourney(workshop.id);
  const stages = journey?.stages ?? [];
  const critical = rankCriticalMoments(journey?.touchpoints ?? []);
  if (!stages.length) return <Nothing t={t} />;
  return (
    <>
      <ol className="present-journey">
        {stages.map((stage) => (
          <li key={stage.id}>{stage.name}</li>
        ))}
      </ol>
      {critical.length ? (
        <>
          <h2>{t('present.criticalMoments')}</h2>
          <ul className="present-list">
            {critical.slice(0, 5).map((touchpoint) => (
              <li key={touchpoint.id}>{touchpoint.name}</li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}

function AssessmentContent({ workshop, t }: Props) {
  const participants = useParticipants(workshop.id) ?? [];
  const ratings = useRatings(workshop.id) ?? [];
  const summaries = summarisePrinciples(baselineRatings(ratings), participants);
  if (!summaries.some((summary) => summary.count > 0)) return <Nothing t={t} />;
  return (
    <RadarChart
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
  const totals = voteTotals(votes);
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
  const ordered = mode === 'prioritisation' ? suggestedOrder(actions, votes) : actions;
  return (
    <ol className="present-list">
      {ordered.slice(0, 10).map((action) => (
        <li key={action.id}>
          {action.title}
          {mode === 'prioritisation' ? (
            <span className="present-muted">
              {' '}
              – {t('present.votes', { count: totals.get(action.id) ?? 0 })}
            </span>
          ) : null}
        </li>
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
    return <EvidenceContent key={kind} workshop={workshop} t={t} kind={evidenceKind} />;
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
