import { useEffect, useRef } from 'react';
import { PhasePage } from '../../components/phase-page';
import { RatingBoard } from '../../components/rating-board';
import { RoomModeButton } from '../../components/room-mode-button';
import { createParticipant } from '../../db/repositories/assessment';
import type { PrincipleId } from '../../domain/principles';
import { useParticipants, useRatings } from '../../hooks/use-assessment';
import { useEvidence } from '../../hooks/use-current-state';
import { useCurrentWorkshop } from '../../hooks/use-workshop';
import { useT } from '../../hooks/use-t';
import { useWorkshopT } from '../../hooks/use-workshop-t';
import { principleItems } from '../../lib/rated-items';
import { PrincipleAnchors } from './principle-anchors';
import { PrincipleEvidence } from './principle-evidence';
import './target-state.css';

export function RatePage() {
  const t = useT();
  const workshop = useCurrentWorkshop();
  const workshopT = useWorkshopT(workshop.language);
  const participants = useParticipants(workshop.id);
  const ratings = useRatings(workshop.id) ?? [];
  const evidence = useEvidence(workshop.id);

  // A manager assessing alone gets a participant of their own without having to add one.
  const hasCreatedSelf = useRef(false);
  useEffect(() => {
    if (workshop.mode === 'self' && participants?.length === 0 && !hasCreatedSelf.current) {
      hasCreatedSelf.current = true;
      void createParticipant(workshop.id, {
        name: workshop.facilitator || workshopT('participants.me'),
        group: '',
        order: 0,
      });
    }
  }, [participants, workshopT, workshop]);

  if (!participants) return <p>{t('common.loading')}</p>;
  const evidenceOf = (principleId: PrincipleId) => (
    <PrincipleEvidence workshopId={workshop.id} principleId={principleId} items={evidence} />
  );

  return (
    <PhasePage title={t('rate.title')} question={t('rate.question')} intro={t('rate.guide')}>
      <RoomModeButton workshop={workshop} activity="ratings" />
      <RatingBoard
        workshopId={workshop.id}
        isSelf={workshop.mode === 'self'}
        participants={participants}
        items={principleItems(t).map((item) => {
          const principleId = item.key as PrincipleId;
          return {
            ...item,
            details: (
              <>
                <PrincipleAnchors principleId={principleId} />
                {evidenceOf(principleId)}
              </>
            ),
            aside: evidenceOf(principleId),
          };
        })}
        ratings={ratings}
        labels={{
          position: (n) => t('rate.principle', { n }),
          previous: t('rate.previous'),
          next: t('rate.next'),
          modeItem: t('rate.mode.principle'),
          modeParticipant: t('rate.mode.participant'),
          commentFor: (principle) => t('rate.commentFor', { principle }),
        }}
      />
    </PhasePage>
  );
}
