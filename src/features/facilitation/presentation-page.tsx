import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { paths } from '../../config/paths';
import { isAgendaKind, neighbourStep } from '../../domain/agenda';
import type { AgendaStep, Workshop } from '../../domain/types';
import { useAgenda } from './use-agenda';
import { useOptimisticEdit } from '../../hooks/use-optimistic-edit';
import { useWorkshop } from '../../hooks/use-workshop';
import { createTranslator } from '../../i18n';
import { useT } from '../../hooks/use-t';
import { PresentationContent } from './presentation-content';
import { TimerClock } from './timer-panel';
import { useFacilitation } from './use-facilitation';
import './facilitation.css';

const NEXT_KEYS = ['ArrowRight', 'ArrowDown', 'PageDown', ' '];
const PREVIOUS_KEYS = ['ArrowLeft', 'ArrowUp', 'PageUp'];

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

function Presentation({ workshop, steps }: { workshop: Workshop; steps: AgendaStep[] }) {
  // The room sees the workshop's own language, like the PDF.
  const t = createTranslator(workshop.language);
  const navigate = useNavigate();
  const facilitation = useFacilitation(workshop, steps);
  const { active } = facilitation;
  // The step asked for shows at once and stays while our writes are on their way, so quick key
  // presses never get lost to a stored value arriving in between. A change made elsewhere (the
  // agenda in another window) is followed once none of our writes is pending.
  const presented = useOptimisticEdit(facilitation.current?.id, (id) =>
    id ? facilitation.goTo(id) : undefined,
  );
  const shown = active.find((step) => step.id === presented.value) ?? active[0];
  const number = shown ? active.indexOf(shown) + 1 : 0;
  const [isFullscreen, setFullscreen] = useState(() => Boolean(document.fullscreenElement));
  const mainRef = useRef<HTMLElement>(null);

  const go = (direction: -1 | 1) => {
    const from = presented.latestRequest()?.value ?? shown?.id;
    const target = neighbourStep(steps, from, direction);
    if (!target || target.id === from) return;
    presented.change(target.id);
  };
  const goRef = useRef(go);
  useEffect(() => {
    goRef.current = go;
  });

  useEffect(() => {
    mainRef.current?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
      const onControl =
        event.target instanceof HTMLElement && event.target.closest('button, a') !== null;
      if (event.key === 'Escape') {
        if (!document.fullscreenElement) void navigate(paths.agenda(workshop.id));
        return;
      }
      // Space on a focused button presses the button, as everywhere else.
      if (event.key === ' ' && onControl) return;
      if (NEXT_KEYS.includes(event.key)) {
        event.preventDefault();
        goRef.current(1);
      } else if (PREVIOUS_KEYS.includes(event.key)) {
        event.preventDefault();
        goRef.current(-1);
      }
    };
    const onFullscreen = () => setFullscreen(Boolean(document.fullscreenElement));
    window.addEventListener('keydown', onKey);
    document.addEventListener('fullscreenchange', onFullscreen);
    return () => {
      window.removeEventListener('keydown', onKey);
      document.removeEventListener('fullscreenchange', onFullscreen);
    };
  }, [navigate, workshop.id]);

  const toggleFullscreen = () => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    else void document.documentElement.requestFullscreen?.().catch(() => undefined);
  };

  return (
    <div className="presentation" lang={workshop.language}>
      <header className="present-bar">
        <p className="present-position">
          {shown ? t('present.stepOf', { number, count: active.length }) : t('present.title')}
        </p>
        <TimerClock facilitation={facilitation} t={t} />
        <div className="present-tools">
          <button type="button" className="present-button" onClick={toggleFullscreen}>
            {isFullscreen ? t('present.exitFullscreen') : t('present.fullscreen')}
          </button>
          <Link to={paths.liveRoom(workshop.id, { projector: true })} className="present-button">
            {t('present.liveRoom')}
          </Link>
          <Link to={paths.agenda(workshop.id)} className="present-button">
            {t('present.leave')}
          </Link>
        </div>
      </header>
      {/* Focusable: a long step (the chart and its table) scrolls with the keyboard too. */}
      <main ref={mainRef} tabIndex={0} className="present-main">
        <p className="visually-hidden" aria-live="polite">
          {shown ? `${t('present.stepOf', { number, count: active.length })}: ${shown.title}` : ''}
        </p>
        {shown ? (
          <>
            <h1 className="present-title">{shown.title}</h1>
            {isAgendaKind(shown.kind) ? (
              <p className="present-question">{t(`present.question.${shown.kind}`)}</p>
            ) : null}
            <div className="present-content">
              <PresentationContent key={shown.id} workshop={workshop} t={t} kind={shown.kind} />
            </div>
          </>
        ) : (
          <>
            <h1 className="present-title">{workshop.title}</h1>
            <p className="present-question">{t('present.noAgenda')}</p>
            <Link to={paths.agenda(workshop.id)} className="present-button">
              {t('present.toAgenda')}
            </Link>
          </>
        )}
      </main>
      <footer className="present-footer">
        <button
          type="button"
          className="present-button"
          onClick={() => go(-1)}
          disabled={number <= 1}
        >
          ← {t('timer.previous')}
        </button>
        <p className="present-keys">{t('present.keys')}</p>
        <button
          type="button"
          className="present-button"
          onClick={() => go(1)}
          disabled={number >= active.length}
        >
          {t('timer.next')} →
        </button>
      </footer>
    </div>
  );
}

/** Full-screen presentation for the projector: one step at a time, large and high-contrast. */
export function PresentationPage() {
  const t = useT();
  const { workshopId = '' } = useParams();
  const workshop = useWorkshop(workshopId);
  const steps = useAgenda(workshopId);
  if (workshop === undefined || steps === undefined) return <p>{t('common.loading')}</p>;
  if (workshop === null) {
    return (
      <main className="page">
        <p>{t('notFound.workshop')}</p>
        <Link to={paths.home()}>{t('app.home')}</Link>
      </main>
    );
  }
  return <Presentation workshop={workshop} steps={steps} />;
}
