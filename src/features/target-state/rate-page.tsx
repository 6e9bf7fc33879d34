import { useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import { PhasePage } from '../../components/phase-page';
import { paths } from '../../config/paths';
import { createParticipant } from '../../db/repositories/assessment';
import { PRINCIPLE_IDS } from '../../domain/principles';
import { useParticipants, useRatings } from '../../hooks/use-assessment';
import { useEvidence } from '../../hooks/use-current-state';
import { useCurrentWorkshop } from '../../hooks/use-workshop';
import { useT } from '../../hooks/use-t';
import { useWorkshopT } from '../../hooks/use-workshop-t';
import { PrincipleAnchors } from './principle-anchors';
import { PrincipleEvidence } from './principle-evidence';
import { RatingRow } from '../../components/rating-row';
import { RoomModeButton } from '../../components/room-mode-button';
import './target-state.css';

export function RatePage() {
  const t = useT();
  const id = useId();
  const workshop = useCurrentWorkshop();
  const workshopT = useWorkshopT(workshop.language);
  const participants = useParticipants(workshop.id);
  const ratings = useRatings(workshop.id) ?? [];
  const evidence = useEvidence(workshop.id);
  const [mode, setMode] = useState<'principle' | 'participant'>(
    workshop.mode === 'self' ? 'participant' : 'principle',
  );
  const [principleIndex, setPrincipleIndex] = useState(0);
  const [participantId, setParticipantId] = useState('');

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
  const principleId = PRINCIPLE_IDS[principleIndex] ?? PRINCIPLE_IDS[0];
  const participant = participants.find((p) => p.id === participantId) ?? participants[0];
  const ratingOf = (pid: string, principle: string) =>
    ratings.find((rating) => rating.participantId === pid && rating.principleId === principle);
  const given = ratings.filter((rating) =>
    participants.some((p) => p.id === rating.participantId),
  ).length;

  return (
    <PhasePage title={t('rate.title')} question={t('rate.question')} intro={t('rate.guide')}>
      <RoomModeButton workshop={workshop} activity="ratings" />
      {participants.length === 0 ? (
        <p>
          {t('rate.noParticipants')}{' '}
          <Link to={paths.targetPart(workshop.id, 'participants')}>{t('participants.title')}</Link>
        </p>
      ) : (
        <>
          <fieldset className="field">
            <legend>{t('rate.mode')}</legend>
            {(['principle', 'participant'] as const).map((value) => (
              <label key={value} className="choice">
                <input
                  type="radio"
                  name={`${id}-mode`}
                  checked={mode === value}
                  onChange={() => setMode(value)}
                />
                {t(`rate.mode.${value}`)}
              </label>
            ))}
          </fieldset>
          <p className="muted" role="status">
            {t('rate.progress', {
              rated: given,
              total: participants.length * PRINCIPLE_IDS.length,
            })}
          </p>
          {mode === 'principle' ? (
            <section className="card rate-principle" aria-labelledby={`${id}-principle`}>
              <p className="eyebrow">{t('rate.principle', { n: principleIndex + 1 })}</p>
              <h2 id={`${id}-principle`}>{t(`principle.${principleId}`)}</h2>
              <p>{t(`principle.${principleId}.description`)}</p>
              <PrincipleAnchors principleId={principleId} />
              <PrincipleEvidence
                workshopId={workshop.id}
                principleId={principleId}
                items={evidence}
              />
              <ul className="rating-list">
                {participants.map((p) => (
                  <RatingRow
                    key={`${p.id}-${principleId}`}
                    workshopId={workshop.id}
                    participantId={p.id}
                    principleId={principleId}
                    rating={ratingOf(p.id, principleId)}
                    legend={p.name}
                    commentLabel={t('rate.comment', { name: p.name })}
                  />
                ))}
              </ul>
              <div className="button-row">
                <button
                  type="button"
                  className="button-secondary"
                  disabled={principleIndex === 0}
                  onClick={() => setPrincipleIndex(principleIndex - 1)}
                >
                  {t('rate.previous')}
                </button>
                <button
                  type="button"
                  className="button-primary"
                  disabled={principleIndex === PRINCIPLE_IDS.length - 1}
                  onClick={() => setPrincipleIndex(principleIndex + 1)}
                >
                  {t('rate.next')}
                </button>
              </div>
            </section>
          ) : (
            <section className="card">
              <div className="field">
                <label htmlFor={`${id}-participant`}>{t('rate.participant')}</label>
                <select
                  id={`${id}-participant`}
                  value={participant?.id ?? ''}
                  onChange={(event) => setParticipantId(event.target.value)}
                >
                  {participants.map((p) => (
                    <option key={p.id} value={p.id}>
                      {p.name}
                    </option>
                  ))}
                </select>
              </div>
              <ul className="rating-list">
                {participant
                  ? PRINCIPLE_IDS.map((principle) => (
                      <RatingRow
                        key={`${participant.id}-${principle}`}
                        workshopId={workshop.id}
                        participantId={participant.id}
                        principleId={principle}
                        rating={ratingOf(participant.id, principle)}
                        legend={`${t(`principle.${principle}`)} – ${t(`principle.${principle}.description`)}`}
                        commentLabel={t('rate.commentFor', {
                          principle: t(`principle.${principle}`),
                        })}
                        aside={
                          <PrincipleEvidence
                            workshopId={workshop.id}
                            principleId={principle}
                            items={evidence}
                          />
                        }
                      />
                    ))
                  : null}
              </ul>
            </section>
          )}
        </>
      )}
    </PhasePage>
  );
}
