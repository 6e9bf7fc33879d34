import { NavLink, Outlet, useParams } from 'react-router';
import { PHASE_SLUGS, paths, type PhaseSlug } from '../config/paths';
import { CrashFallback } from './crash-fallback';
import { ErrorBoundary } from '../components/error-boundary';
import { HistoryLink } from '../features/history/history-link';
import { useIntervalSnapshots } from '../hooks/use-interval-snapshots';
import { useWorkshop, type WorkshopOutletContext } from '../hooks/use-workshop';
import type { MessageKey } from '../i18n';
import { useT } from '../hooks/use-t';
import { NotFound } from './not-found';

const PHASE_LABELS: Record<PhaseSlug, MessageKey> = {
  current: 'phase.current',
  target: 'phase.target',
  path: 'phase.path',
  report: 'phase.report',
};

/** A workshop's frame: its name, the stepper through the phases, and the phase screen. */
export function WorkshopLayout() {
  const t = useT();
  const { workshopId = '' } = useParams();
  const workshop = useWorkshop(workshopId);
  useIntervalSnapshots(workshopId);

  if (workshop === undefined) return <p className="page">{t('common.loading')}</p>;
  if (workshop === null) return <NotFound message={t('notFound.workshop')} />;

  const context: WorkshopOutletContext = { workshop };
  return (
    <div className="workshop">
      <div className="workshop-heading">
        <p className="eyebrow">{workshop.organisation}</p>
        <p className="workshop-title">{workshop.title}</p>
        <nav aria-label={t('phase.tools')} className="workshop-tools">
          <HistoryLink workshopId={workshop.id} />
          <NavLink to={paths.privacy(workshop.id)} className="privacy-link">
            {t('phase.privacy')}
          </NavLink>
        </nav>
        {/* A manager alone has the wizard instead of a timed agenda. */}
        {workshop.mode === 'facilitated' ? (
          <div className="workshop-actions">
            <NavLink to={paths.agenda(workshop.id)} className="agenda-link">
              {t('phase.agenda')}
            </NavLink>
            <NavLink to={paths.liveRoom(workshop.id)} className="agenda-link">
              {t('phase.liveRoom')}
            </NavLink>
          </div>
        ) : null}
      </div>
      <nav aria-label={t('phase.steps')} className="stepper">
        <ol>
          {PHASE_SLUGS.map((slug, index) => (
            <li key={slug}>
              <NavLink to={paths.phase(workshop.id, slug)}>
                <span className="step-number" aria-hidden="true">
                  {index + 1}
                </span>
                {t(PHASE_LABELS[slug])}
              </NavLink>
            </li>
          ))}
        </ol>
        {workshop.mode === 'self' ? (
          <NavLink to={paths.wizard(workshop.id)} className="wizard-link">
            {t('start.wizardLink')}
          </NavLink>
        ) : null}
      </nav>
      <ErrorBoundary key={workshop.id} fallback={() => <CrashFallback />}>
        <Outlet context={context} />
      </ErrorBoundary>
    </div>
  );
}
