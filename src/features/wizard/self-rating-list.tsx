import { useEffect, useState } from 'react';
import { RatingRow } from '../../components/rating-row';
import { ensureSelfParticipant } from '../../db/repositories/workshop-start';
import type { Participant, Rating, StaffRating, Workshop } from '../../domain/types';
import { useReportError } from '../../hooks/use-storage-error-notice';
import { useT } from '../../hooks/use-t';
import { useWorkshopT } from '../../hooks/use-workshop-t';
import { findRating, type RatedItemText } from '../../lib/rated-items';

type Props = {
  workshop: Workshop;
  items: readonly RatedItemText[];
  ratings: readonly (Rating | StaffRating)[];
  commentFor: (name: string) => string;
};

/** One person rates every item (the principles, the staff statements) on one screen. */
export function SelfRatingList({ workshop, items, ratings, commentFor }: Props) {
  const t = useT();
  const reportError = useReportError();
  const [self, setSelf] = useState<Participant | null>(null);
  const workshopT = useWorkshopT(workshop.language);
  const name = workshop.facilitator || workshopT('participants.me');

  // The manager is the single implicit participant: no participant list to manage.
  useEffect(() => {
    ensureSelfParticipant(workshop.id, name).then(setSelf, reportError);
  }, [workshop.id, name, reportError]);

  if (!self) return <p>{t('common.loading')}</p>;
  return (
    <ul className="rating-list">
      {items.map((item) => (
        <RatingRow
          key={item.key}
          workshopId={workshop.id}
          participantId={self.id}
          {...item.item}
          rating={findRating(ratings, self.id, item.key)}
          legend={`${item.name} – ${item.description}`}
          commentLabel={commentFor(item.name)}
        />
      ))}
    </ul>
  );
}
