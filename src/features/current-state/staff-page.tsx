import { Link } from 'react-router';
import { PhasePage } from '../../components/phase-page';
import { RatingBoard } from '../../components/rating-board';
import { RoomModeButton } from '../../components/room-mode-button';
import { paths } from '../../config/paths';
import { STAFF_STATEMENT_PRINCIPLES, isStaffStatementId } from '../../domain/staff-statements';
import { useParticipants, useStaffRatings } from '../../hooks/use-assessment';
import { useCurrentWorkshop } from '../../hooks/use-workshop';
import { useT } from '../../hooks/use-t';
import { staffItems } from '../../lib/rated-items';
import './current-state.css';

/** The staff experience check: staff rate the conditions of good service, beside the principles. */
export function StaffPage() {
  const t = useT();
  const workshop = useCurrentWorkshop();
  const participants = useParticipants(workshop.id);
  const ratings = useStaffRatings(workshop.id) ?? [];
  if (!participants) return <p>{t('common.loading')}</p>;
  const items = staffItems(t);
  const bearsOn = (key: string) =>
    isStaffStatementId(key)
      ? STAFF_STATEMENT_PRINCIPLES[key].map((principleId) => t(`principle.${principleId}`))
      : [];

  return (
    <PhasePage title={t('staff.title')} question={t('staff.question')} intro={t('staff.guide')}>
      <div className="staff-entry-modes">
        <RoomModeButton workshop={workshop} activity="staffRatings" />
        {workshop.mode === 'facilitated' ? (
          <Link
            to={paths.liveRoom(workshop.id, { activity: 'staffRatings' })}
            className="button-secondary"
          >
            {t('staff.liveRoom')}
          </Link>
        ) : null}
      </div>
      <RatingBoard
        workshopId={workshop.id}
        isSelf={workshop.mode === 'self'}
        participants={participants}
        items={items.map((item) => ({
          ...item,
          details: (
            <p className="muted">
              {t('staff.bearsOn', { principles: bearsOn(item.key).join(', ') })}
            </p>
          ),
        }))}
        ratings={ratings}
        labels={{
          position: (n) => t('staff.statement', { n, total: items.length }),
          previous: t('staff.previous'),
          next: t('staff.next'),
          modeItem: t('staff.mode.principle'),
          modeParticipant: t('staff.mode.participant'),
          commentFor: (statement) => t('staff.commentFor', { statement }),
        }}
      />
    </PhasePage>
  );
}
