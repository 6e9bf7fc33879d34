import { memo, useId, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { DotButtons } from '../../components/dot-buttons';
import { RoomModeButton } from '../../components/room-mode-button';
import { paths } from '../../config/paths';
import { changeVote } from '../../db/repositories/path';
import { updateWorkshop } from '../../db/repositories/workshops';
import { voteTotals } from '../../domain/path';
import type { Action, Participant, Vote, Workshop } from '../../domain/types';
import { useReportError } from '../../hooks/use-storage-error-notice';
import { useT } from '../../hooks/use-t';

type Props = { workshop: Workshop; actions: Action[]; participants: Participant[]; votes: Vote[] };

type RowProps = {
  action: Action;
  participant: Participant;
  count: number;
  total: number;
  canAdd: boolean;
  onVote: (participantId: string, actionId: string, delta: 1 | -1) => void;
};

const VoteRow = memo(function VoteRow({
  action,
  participant,
  count,
  total,
  canAdd,
  onVote,
}: RowProps) {
  const t = useT();
  return (
    <tr>
      <th scope="row">{action.title}</th>
      <td className="vote-cell">
        <DotButtons
          count={count}
          canAdd={canAdd}
          labels={{
            remove: t('votes.remove', { name: participant.name, title: action.title }),
            add: t('votes.add', { name: participant.name, title: action.title }),
            count: String(count),
          }}
          onVote={(delta) => onVote(participant.id, action.id, delta)}
        />
      </td>
      <td>
        <strong>{total}</strong>
      </td>
    </tr>
  );
});

/**
 * Each participant spreads N dots. The facilitator picks whose dots are being placed, so the
 * table has one column of buttons (not one per participant: 200 actions × 20 people would be
 * 8,000 buttons); the totals of everyone show beside it at once.
 */
export function DotVoting({ workshop, actions, participants, votes }: Props) {
  const t = useT();
  const id = useId();
  const reportError = useReportError();
  const allowance = workshop.dotsPerParticipant;
  const [chosenId, setChosenId] = useState<string>();
  const participant =
    participants.find((candidate) => candidate.id === chosenId) ?? participants[0];
  const { totals, used, mine } = useMemo(() => {
    const used = new Map<string, number>();
    const mine = new Map<string, number>();
    for (const vote of votes) {
      used.set(vote.participantId, (used.get(vote.participantId) ?? 0) + vote.dots);
      if (vote.participantId === participant?.id)
        mine.set(vote.actionId, (mine.get(vote.actionId) ?? 0) + vote.dots);
    }
    return { totals: voteTotals(votes), used, mine };
  }, [votes, participant?.id]);
  const onVote = useMemo(
    () => (participantId: string, actionId: string, delta: 1 | -1) =>
      void changeVote(workshop.id, participantId, actionId, delta, allowance).catch(reportError),
    [workshop.id, allowance, reportError],
  );
  const canAdd = participant !== undefined && (used.get(participant.id) ?? 0) < allowance;

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
      {participants.length === 0 || participant === undefined ? (
        <p>
          {t('votes.noParticipants')}{' '}
          <Link to={paths.targetPart(workshop.id, 'participants')}>{t('participants.title')}</Link>
        </p>
      ) : (
        <>
          <ul className="dots-left">
            {participants.map((person) => (
              <li key={person.id}>
                {t('votes.left', {
                  name: person.name,
                  left: allowance - (used.get(person.id) ?? 0),
                })}
              </li>
            ))}
          </ul>
          <div className="field narrow-field">
            <label htmlFor={`${id}-voter`}>{t('votes.voter')}</label>
            <select
              id={`${id}-voter`}
              value={participant.id}
              onChange={(event) => setChosenId(event.target.value)}
            >
              {participants.map((person) => (
                <option key={person.id} value={person.id}>
                  {person.name}
                </option>
              ))}
            </select>
          </div>
          <div className="table-scroll">
            <table className="data-table votes-table">
              <caption className="visually-hidden">
                {t('votes.caption', { name: participant.name })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('path.title')}</th>
                  <th scope="col">{t('votes.dotsOf', { name: participant.name })}</th>
                  <th scope="col">{t('votes.total')}</th>
                </tr>
              </thead>
              <tbody>
                {actions.map((action) => (
                  <VoteRow
                    key={action.id}
                    action={action}
                    participant={participant}
                    count={mine.get(action.id) ?? 0}
                    total={totals.get(action.id) ?? 0}
                    canAdd={canAdd}
                    onVote={onVote}
                  />
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
