import { useEffect, useState } from 'react';
import { RatingRow } from '../../components/rating-row';
import { ensureSelfParticipant } from '../../db/repositories/workshop-start';
import { PRINCIPLE_IDS } from '../../domain/principles';
import type { Participant, Workshop } from '../../domain/types';
import { useRatings } from '../../hooks/use-assessment';
import { useReportError } from '../../hooks/use-storage-error-notice';
import { useT } from '../../hooks/use-t';
import { useWorkshopT } from '../../hooks/use-workshop-t';

/** Step 4: one person rates the seven principles as they are today. */
export function RateStep({ workshop }: { workshop: Workshop }) {
  const t = useT();
  const reportError = useReportError();
  const ratings = useRatings(workshop.id) ?? [];
  const [self, setSelf] = useState<Participant | null>(null);
  const workshopT = useWorkshopT(workshop.language);
  const name = workshop.facilitator || workshopT('participants.me');

  // The manager is the single implicit participant: no participant list to manage.
  useEffect(() => {
    ensureSelfParticipant(workshop.id, name).then(setSelf, reportError);
  }, [workshop.id, name, reportError]);

  return (
    <>
      <p className="lead">{t('wizard.rate.intro')}</p>
      {self ? (
        <ul className="rating-list">
          {PRINCIPLE_IDS.map((principleId) => (
            <RatingRow
              key={principleId}
              workshopId={workshop.id}
              participantId={self.id}
              principleId={principleId}
              rating={ratings.find(
                (rating) => rating.participantId === self.id && rating.principleId === principleId,
              )}
              legend={`${t(`principle.${principleId}`)} – ${t(`principle.${principleId}.description`)}`}
              commentLabel={t('rate.commentFor', { principle: t(`principle.${principleId}`) })}
            />
          ))}
        </ul>
      ) : (
        <p>{t('common.loading')}</p>
      )}
    </>
  );
}
