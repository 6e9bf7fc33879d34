import { Link } from 'react-router';
import { PhasePage } from '../../components/phase-page';
import { RatingBoard } from '../../components/rating-board';
import { RoomModeButton } from '../../components/room-mode-button';
import { paths } from '../../config/paths';
import { STAFF_STATEMENT_IDS, STAFF_STATEMENT_PRINCIPLES } from '../../domain/staff-statements';
import { useParticipants, useStaffRatings } from '../../hooks/use-assessment';
import { useCurrentWorkshop } from '../../hooks/use-workshop';
import { useT } from '../../hooks/use-t';
import './current-state.css';

/** The staff experience check: staff rate the conditions of good service, beside the principles. */
export function StaffPage() {
  const t = useT();
  const workshop = useCurrentWorkshop();
  const participants = useParticipants(workshop.id);
  const ratings = useStaffRatings(workshop.id) ?? [];
  if (!participants) return <p>{t('common.loading')}</p>;
  const total = STAFF_STATEMENT_IDS.length;

  return (
    <PhasePage title={t('staff.title')} question={t('staff.question')} intro={t('staff.guide')}>
      <RoomModeButton workshop={workshop} activity="staffRatings" />
      {participants.length === 0 ? (
        <p>
          {t('rate.noParticipants')}{' '}
          <Link to={paths.targetPart(workshop.id, 'participants')}>{t('participants.title')}</Link>
        </p>
      ) : (
        <RatingBoard
          workshopId={workshop.id}
          isSelf={workshop.mode === 'self'}
          participants={participants}
          items={STAFF_STATEMENT_IDS.map((statementId) => ({
            key: statementId,
            item: { statementId },
            name: t(`staff.item.${statementId}`),
            description: t(`staff.item.${statementId}.text`),
            details: (
              <p className="muted">
                {t('staff.bearsOn', {
                  principles: STAFF_STATEMENT_PRINCIPLES[statementId]
                    .map((principleId) => t(`principle.${principleId}`))
                    .join(', '),
                })}
              </p>
            ),
          }))}
          ratingOf={(participantId, statementId) =>
            ratings.find(
              (rating) =>
                rating.participantId === participantId && rating.statementId === statementId,
            )
          }
          labels={{
            position: (n) => t('staff.statement', { n, total }),
            previous: t('staff.previous'),
            next: t('staff.next'),
            modeItem: t('staff.mode.principle'),
            modeParticipant: t('staff.mode.participant'),
            commentFor: (statement) => t('staff.commentFor', { statement }),
          }}
        />
      )}
    </PhasePage>
  );
}
