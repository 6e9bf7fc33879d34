import { PhasePage } from '../../components/phase-page';
import { createReview } from '../../db/repositories/path';
import { REVIEW_FIELD_DEFAULTS } from '../../domain/defaults';
import { principleTrend, staffTrend } from '../../domain/trend';
import { useIndicators, useParticipants, useRatings } from '../../hooks/use-assessment';
import { useReviews } from '../../hooks/use-path';
import { useReportError } from '../../hooks/use-storage-error-notice';
import { useActions, useCurrentWorkshop } from '../../hooks/use-workshop';
import { useT } from '../../hooks/use-t';
import { useUiStore } from '../../stores/ui-store';
import { IndicatorTrends } from './indicator-trends';
import { PrincipleTrend } from './principle-trend';
import { ReviewCard } from './review-card';
import { StaffTrend } from './staff-trend';
import { useAllRatings, useAllStaffRatings } from './use-all-ratings';
import { WordOfMouthTrend } from './word-of-mouth-trend';
import './action-path.css';

export function FollowUpPage() {
  const t = useT();
  const language = useUiStore((state) => state.language);
  const workshop = useCurrentWorkshop();
  const reportError = useReportError();
  const reviews = useReviews(workshop.id) ?? [];
  const actions = useActions(workshop.id) ?? [];
  const participants = useParticipants(workshop.id) ?? [];
  const indicators = useIndicators(workshop.id) ?? [];
  const baseline = useRatings(workshop.id) ?? [];
  const allRatings = useAllRatings(workshop.id);
  const ratings = allRatings ?? baseline;
  const allStaffRatings = useAllStaffRatings(workshop.id);
  const staffRatings = allStaffRatings ?? [];
  const usesStaffCheck =
    staffRatings.length > 0 || Object.keys(workshop.staffTargetLevels).length > 0;
  const workshopDate = workshop.date || workshop.createdAt.slice(0, 10);
  const trend = principleTrend(ratings, participants, reviews, workshopDate);

  const add = () =>
    void createReview(workshop.id, structuredClone(REVIEW_FIELD_DEFAULTS)).catch(reportError);

  return (
    <PhasePage
      title={t('followUp.title')}
      question={t('followUp.question')}
      intro={t('followUp.guide')}
    >
      {reviews.length === 0 ? <p className="muted">{t('followUp.empty')}</p> : null}
      <ol className="stack-list review-list">
        {reviews.map((review, index) => (
          <ReviewCard
            key={review.id}
            review={review}
            number={index + 1}
            changeAgent={workshop.changeAgent}
            actions={actions}
            participants={participants}
            ratings={ratings}
            staffRatings={staffRatings}
            indicators={indicators}
            language={language}
          />
        ))}
      </ol>
      <div>
        <button type="button" className="button-primary" onClick={add}>
          + {t('followUp.add')}
        </button>
      </div>
      <WordOfMouthTrend workshop={workshop} reviews={reviews} language={language} />
      {reviews.length > 0 && indicators.length > 0 ? (
        <IndicatorTrends
          workshop={workshop}
          indicators={indicators}
          reviews={reviews}
          language={language}
        />
      ) : null}
      {/* Drawn once the reviews' ratings are read: no "rate again" hint flashes by meanwhile. */}
      {reviews.length > 0 && allRatings ? (
        <PrincipleTrend workshop={workshop} trend={trend} language={language} />
      ) : null}
      {/* Only for a workshop that uses the staff check: otherwise it would be an empty card. */}
      {reviews.length > 0 && allStaffRatings && usesStaffCheck ? (
        <StaffTrend
          workshop={workshop}
          trend={staffTrend(staffRatings, participants, reviews, workshopDate)}
          language={language}
        />
      ) : null}
    </PhasePage>
  );
}
