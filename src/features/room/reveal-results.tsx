import {
  meanColumn,
  PrincipleTable,
  StaffTable,
  type Column,
} from '../../components/principle-table';
import {
  roomVoteTotals,
  summariseRoomRatings,
  summariseRoomStaffRatings,
  type RoomRatingSummary,
} from '../../domain/room';
import { formatRange } from '../../lib/numbers';
import type { RoomEntries } from '../../db/repositories/room-entries';
import type { Action, RoomActivity } from '../../domain/types';
import { useT } from '../../hooks/use-t';
import { useUiStore } from '../../stores/ui-store';

type Props = { activity: RoomActivity; entries: RoomEntries; actions: Action[] };
type RoomScores = Omit<RoomRatingSummary, 'principleId'>;

/** Every entry of a revealed session at once: aggregates for the projector. */
export function RevealResults({ activity, entries, actions }: Props) {
  const t = useT();
  const language = useUiStore((state) => state.language);

  const columns = <Row extends RoomScores>(): Column<Row>[] => [
    meanColumn(t('room.reveal.mean'), language, 'room-mean'),
    { header: t('room.reveal.spread'), cell: (summary) => formatRange(summary.min, summary.max) },
    {
      header: t('room.reveal.scores'),
      className: 'room-scores',
      cell: (summary) =>
        summary.scores.length ? summary.scores.join(' · ') : t('room.reveal.noScores'),
    },
    { header: t('room.reveal.dontKnow'), cell: (summary) => summary.dontKnow },
  ];

  if (activity === 'ratings') {
    return (
      <PrincipleTable
        className="data-table room-reveal-table"
        rows={summariseRoomRatings(entries.ratings, entries.participants)}
        principleHeader={t('room.reveal.principle')}
        columns={columns()}
      />
    );
  }

  if (activity === 'staffRatings') {
    return (
      <StaffTable
        className="data-table room-reveal-table"
        rows={summariseRoomStaffRatings(entries.staffRatings, entries.participants)}
        principleHeader={t('staff.results.statement')}
        columns={columns()}
      />
    );
  }

  if (activity === 'ideas') {
    return (
      <section aria-labelledby="room-ideas-title">
        <h2 id="room-ideas-title">{t('room.reveal.ideas', { count: entries.actions.length })}</h2>
        {entries.actions.length === 0 ? (
          <p className="muted">{t('room.reveal.noIdeas')}</p>
        ) : (
          <ul className="room-reveal-ideas">
            {entries.actions.map((action) => (
              <li key={action.id} className="card">
                {action.title}
              </li>
            ))}
          </ul>
        )}
      </section>
    );
  }

  const totals = roomVoteTotals(entries.votes);
  const titleOf = new Map(actions.map((action) => [action.id, action.title]));
  if (totals.length === 0) return <p className="muted">{t('room.reveal.noVotes')}</p>;
  return (
    <table className="data-table room-reveal-table">
      <thead>
        <tr>
          <th scope="col">{t('room.reveal.action')}</th>
          <th scope="col">{t('room.reveal.dots')}</th>
        </tr>
      </thead>
      <tbody>
        {totals.map((total) => (
          <tr key={total.actionId}>
            <th scope="row">{titleOf.get(total.actionId) ?? '–'}</th>
            <td>
              <strong>{total.dots}</strong> <span aria-hidden="true">{'●'.repeat(total.dots)}</span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
