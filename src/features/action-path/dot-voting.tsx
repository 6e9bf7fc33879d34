import { useId } from 'react';
import { Link } from 'react-router';
import { RoomModeButton } from '../../components/room-mode-button';
import { paths } from '../../config/paths';
import { changeVote } from '../../db/repositories/path';
import { updateWorkshop } from '../../db/repositories/workshops';
import { dotsUsed, voteTotals } from '../../domain/path';
import type { Action, Participant, Vote, Workshop } from '../../domain/types';
import { useReportError } from '../../hooks/use-storage-error-notice';
import { useT } from '../../i18n/use-t';

type Props = { workshop: Workshop; actions: Action[]; participants: Participant[]; votes: Vote[] };

/** Each participant spreads N dots; totals per action show at once. */
export function DotVoting({ workshop, actions, participants, votes }: Props) {
  const t = useT();
  const id = useId();
  const reportError = useReportError();
  const allowance = workshop.dotsPerParticipant;
  const totals = voteTotals(votes);
  const dots = (participantId: string, actionId: string) =>
    votes.find((vote) => vote.participantId === participantId && vote.actionId === actionId)
      ?.dots ?? 0;
  const vote = (participantId: string, actionId: string, delta: 1 | -1) =>
    void changeVote(workshop.id, participantId, actionId, delta, allowance).catch(reportError);

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('votes.title')}</h2>
      <RoomModeButton workshop={workshop} activity="votes" isDisabled={actions.length === 0} />
      <div className="field narrow-field">
        <label htmlFor={`${id}-dots`}>{t('votes.perParticipant')}</label>
        <input
          id={`${id}-dots`}
          type="number"
          min={1}
          max={20}
          value={allowance}
          onChange={(event) => {
            const value = Math.round(Number(event.target.value));
            if (value >= 1 && value <= 20)
              void updateWorkshop(workshop.id, { dotsPerParticipant: value }).catch(reportError);
          }}
        />
      </div>
      {participants.length === 0 ? (
        <p>
          {t('votes.noParticipants')}{' '}
          <Link to={paths.targetPart(workshop.id, 'participants')}>{t('participants.title')}</Link>
        </p>
      ) : (
        <>
          <ul className="dots-left">
            {participants.map((participant) => (
              <li key={participant.id}>
                {t('votes.left', {
                  name: participant.name,
                  left: allowance - dotsUsed(votes, participant.id),
                })}
              </li>
            ))}
          </ul>
          <div className="table-scroll">
            <table className="data-table votes-table">
              <thead>
                <tr>
                  <th scope="col">{t('path.title')}</th>
                  {participants.map((participant) => (
                    <th key={participant.id} scope="col">
                      {participant.name}
                    </th>
                  ))}
                  <th scope="col">{t('votes.total')}</th>
                </tr>
              </thead>
              <tbody>
                {actions.map((action) => (
                  <tr key={action.id}>
                    <th scope="row">{action.title}</th>
                    {participants.map((participant) => {
                      const count = dots(participant.id, action.id);
                      return (
                        <td key={participant.id} className="vote-cell">
                          <button
                            type="button"
                            className="button-quiet"
                            disabled={count === 0}
                            aria-label={t('votes.remove', {
                              name: participant.name,
                              title: action.title,
                            })}
                            onClick={() => vote(participant.id, action.id, -1)}
                          >
                            −
                          </button>
                          <span aria-hidden="true">{'●'.repeat(count) || '·'}</span>
                          <button
                            type="button"
                            className="button-quiet"
                            disabled={dotsUsed(votes, participant.id) >= allowance}
                            aria-label={t('votes.add', {
                              name: participant.name,
                              title: action.title,
                            })}
                            onClick={() => vote(participant.id, action.id, 1)}
                          >
                            +
                          </button>
                        </td>
                      );
                    })}
                    <td>
                      <strong>{totals.get(action.id) ?? 0}</strong>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
