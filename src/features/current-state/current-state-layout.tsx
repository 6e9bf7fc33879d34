import { NavLink, Outlet, useOutletContext } from 'react-router';
import { paths, type CurrentStatePart } from '../../config/paths';
import { useCurrentWorkshop, type WorkshopOutletContext } from '../../hooks/use-workshop';
import type { MessageKey } from '../../i18n';
import { useT } from '../../i18n/use-t';

const PARTS: { part: CurrentStatePart; label: MessageKey }[] = [
  { part: '', label: 'current.nav.summary' },
  { part: 'evidence', label: 'current.nav.evidence' },
  { part: 'import', label: 'current.nav.import' },
  { part: 'journey', label: 'current.nav.journey' },
  { part: 'context', label: 'current.nav.context' },
];

/** Phase 1 has several parts; a second row of links moves between them. */
export function CurrentStateLayout() {
  const t = useT();
  const workshop = useCurrentWorkshop();
  const context = useOutletContext<WorkshopOutletContext>();
  return (
    <>
      <nav className="subnav" aria-label={t('current.nav')}>
        <ul>
          {PARTS.map(({ part, label }) => (
            <li key={part}>
              <NavLink end to={paths.currentPart(workshop.id, part)}>
                {t(label)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <Outlet context={context} />
    </>
  );
}
