import { PhaseHeader } from '../../components/phase-header';
import { createReview } from '../../db/repositories/path';
import { PRINCIPLE_IDS } from '../../domain/principles';
import { principleTrend } from '../../domain/trend';
import { useParticipants, useRatings } from '../../hooks/use-assessment';
import { useReviews } from '../../hooks/use-path';
import { useReportError } from '../../hooks/use-storage-error-notice';
import { useActions, useCurrentWorkshop } from '../../hooks/use-workshop';
import { formatDate } from '../../lib/dates';
import { formatOrDash } from '../../lib/numbers';
import { useT } from '../../i18n/use-t';
import { useUiStore } from '../../stores/ui-store';
import { ReviewCard } from './review-card';
import { useAllRatings } from './use-all-ratings';

export function FollowUpPage() {
  const t = useT();
  const language = useUiStore((state) => state.language);
  const workshop = useCurrentWorkshop();
  const reportError = useReportError();
  const reviews = useReviews(workshop.id) ?? [];
  const actions = useActions(workshop.id) ?? [];
  const participants = useParticipants(workshop.id) ?? [];
  const baseline = useRatings(workshop.id) ?? [];
  const ratings = useAllRatings(workshop.id) ?? baseline;
  const trend = principleTrend(
    ratings,
    participants,
    reviews,
    workshop.date || workshop.createdAt.slice(0, 10),
  );

  const add = () =>
    void createReview(workshop.id, {
      date: '',
      reporter: '',
      format: '',
      notes: '',
      isHeld: false,
      actionNotes: [],
    }).catch(reportError);

  return (
    <section className="page phase">
      <PhaseHeader
        title={t('followUp.title')}
        question={t('followUp.question')}
        intro={t('followUp.guide')}
      />
      {reviews.length === 0 ? <p className="muted">{t('followUp.empty')}</p> : null}
      <ol className="review-list">
        {reviews.map((review, index) => (
          <ReviewCard
            key={review.id}
            review={review}
            number={index + 1}
            actions={actions}
            participants={participants}
            ratings={ratings}
          />
        ))}
      </ol>
      <div>
        <button type="button" className="button-primary" onClick={add}>
          + {t('followUp.add')}
        </button>
      </div>
      {trend.length > 1 ? (
        <section className="card" aria-labelledby="trend-title">
          <h2 id="trend-title">{t('followUp.trend')}</h2>
          <div className="table-scroll">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t('results.principle')}</th>
                  {trend.map((point) => (
                    <th key={point.reviewId || 'baseline'} scope="col">
                      {point.reviewId
                        ? formatDate(point.date, language)
                        : `${t('followUp.baseline')} ${formatDate(point.date, language)}`}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {PRINCIPLE_IDS.map((principleId) => (
                  <tr key={principleId}>
                    <th scope="row">{t(`principle.${principleId}`)}</th>
                    {trend.map((point) => {
                      const mean = point.means[principleId];
                      return (
                        <td key={point.reviewId || 'baseline'}>{formatOrDash(mean, language)}</td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}
    </section>
  );
}
