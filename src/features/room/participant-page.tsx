import { useEffect, useId, useRef, useState } from 'react';
import { Navigate, useParams } from 'react-router';
import { LanguageSelect } from '../../components/language-select';
import { paths } from '../../config/paths';
import {
  submitRoomIdeas,
  submitRoomRatings,
  submitRoomVotes,
} from '../../db/repositories/room-entries';
import type { RoomSession, Workshop } from '../../domain/types';
import { useRoomWithWorkshop } from './use-room';
import { useActions } from '../../hooks/use-workshop';
import { useT } from '../../hooks/use-t';
import { useUiStore } from '../../stores/ui-store';
import { IdeasEntry } from './ideas-entry';
import { LeaveDialog } from './leave-dialog';
import { RatingsEntry, type RatingsDraft } from './ratings-entry';
import { useRatedItems } from './use-rated-items';
import { VotesEntry } from './votes-entry';
import './room.css';

/**
 * The full-screen view passed round the room: no app navigation, no other entries, only the
 * count of entries so far. Every "Done" starts a fresh, empty view for the next person.
 */
export function RoomParticipantPage() {
  const { sessionId = '' } = useParams();
  const room = useRoomWithWorkshop(sessionId);
  const language = useUiStore((state) => state.language);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  if (room === undefined) return null;
  const { session, workshop } = room;
  if (!session) return <Navigate to={paths.home()} replace />;
  if (session.status !== 'active') return <Navigate to={paths.roomReveal(session.id)} replace />;
  if (!workshop) return <Navigate to={paths.home()} replace />;
  return <ParticipantView session={session} workshop={workshop} />;
}

function ParticipantView({ session, workshop }: { session: RoomSession; workshop: Workshop }) {
  const t = useT();
  const [turn, setTurn] = useState(0);
  const [isHandover, setHandover] = useState(false);
  const [isLeaving, setLeaving] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    headingRef.current?.focus();
  }, [turn, isHandover]);

  return (
    <div className="room-view">
      <header className="room-bar">
        <p className="room-activity">{t(`room.activity.${session.activity}`)}</p>
        <p className="room-count" role="status">
          {t('room.count', { count: session.entryCount })}
        </p>
        <div className="room-bar-tools">
          <LanguageSelect />
          <button type="button" className="button-quiet" onClick={() => setLeaving(true)}>
            {t('room.leave')}
          </button>
        </div>
      </header>
      <main id="main" className="room-main">
        {isHandover ? (
          <section className="room-handover">
            <h1 ref={headingRef} tabIndex={-1}>
              {t('room.handover.heading')}
            </h1>
            <p className="lead">{t('room.handover.guide')}</p>
            <button
              type="button"
              className="button-primary room-big-button"
              onClick={() => {
                setTurn(turn + 1);
                setHandover(false);
              }}
            >
              {t('room.handover.next')}
            </button>
          </section>
        ) : (
          <EntryForm
            key={turn}
            session={session}
            workshop={workshop}
            headingRef={headingRef}
            onDone={() => setHandover(true)}
          />
        )}
      </main>
      {isLeaving ? <LeaveDialog sessionId={session.id} onClose={() => setLeaving(false)} /> : null}
    </div>
  );
}

type EntryProps = {
  session: RoomSession;
  workshop: Workshop;
  headingRef: React.RefObject<HTMLHeadingElement | null>;
  onDone: () => void;
};

function EntryForm({ session, workshop, headingRef, onDone }: EntryProps) {
  const t = useT();
  const id = useId();
  const actions = useActions(workshop.id) ?? [];
  const [name, setName] = useState('');
  const [ratings, setRatings] = useState<RatingsDraft>({ scores: {}, comments: {} });
  const [ideas, setIdeas] = useState(['', '', '']);
  const [dots, setDots] = useState<Record<string, number>>({});
  const [problem, setProblem] = useState<'' | 'empty' | 'failed'>('');
  const [isBusy, setBusy] = useState(false);
  const votable = actions.filter((action) => action.status !== 'dropped');
  const isRating = session.activity === 'ratings' || session.activity === 'staffRatings';
  const items = useRatedItems(session.activity === 'staffRatings' ? 'staff' : 'principles');

  const isEmpty = () => {
    if (isRating) return Object.keys(ratings.scores).length === 0;
    if (session.activity === 'ideas') return ideas.every((idea) => !idea.trim());
    return Object.values(dots).every((count) => count === 0);
  };

  const submit = async () => {
    if (isEmpty()) {
      setProblem('empty');
      return;
    }
    setBusy(true);
    try {
      if (isRating) await submitRoomRatings(session.id, { name, ...ratings });
      else if (session.activity === 'ideas') await submitRoomIdeas(session.id, ideas);
      else await submitRoomVotes(session.id, { name, dots });
      onDone();
    } catch {
      setProblem('failed');
      setBusy(false);
    }
  };

  return (
    // Not a <form>: Enter in a comment field must not finish the entry by accident.
    <section className="room-entry" aria-labelledby={`${id}-heading`}>
      <h1 id={`${id}-heading`} ref={headingRef} tabIndex={-1}>
        {t('room.participant.heading')}
      </h1>
      <p className="lead">
        {t(`room.participant.guide.${session.activity}`, { dots: workshop.dotsPerParticipant })}
      </p>
      {!session.isAnonymous && session.activity !== 'ideas' ? (
        <div className="field room-name">
          <label htmlFor={`${id}-name`}>{t('room.name')}</label>
          <input
            id={`${id}-name`}
            type="text"
            autoComplete="off"
            value={name}
            onChange={(event) => setName(event.target.value)}
          />
        </div>
      ) : null}
      {isRating ? (
        <RatingsEntry items={items} draft={ratings} onChange={setRatings} />
      ) : session.activity === 'ideas' ? (
        <IdeasEntry ideas={ideas} onChange={setIdeas} />
      ) : (
        <VotesEntry
          actions={votable}
          allowance={workshop.dotsPerParticipant}
          dots={dots}
          onChange={setDots}
        />
      )}
      {problem ? (
        <p className="field-error" role="alert">
          {t(problem === 'empty' ? 'room.nothingEntered' : 'room.saveFailed')}
        </p>
      ) : null}
      <div className="button-row room-done">
        <button
          type="button"
          className="button-primary room-big-button"
          disabled={isBusy}
          onClick={() => void submit()}
        >
          {t('room.done')}
        </button>
      </div>
    </section>
  );
}
