import { Outlet, useOutletContext } from 'react-router';
import { paths } from '../config/paths';
import { useT } from '../hooks/use-t';
import { useCurrentWorkshop, type WorkshopOutletContext } from '../hooks/use-workshop';
import type { PhaseTable } from './phase-screens';
import { SubNav } from './sub-nav';

/** A phase with several sub-pages: a second row of links, then the sub-page. */
export function PhaseLayout({ table }: { table: PhaseTable }) {
  const t = useT();
  const workshop = useCurrentWorkshop();
  const context = useOutletContext<WorkshopOutletContext>();
  return (
    <>
      <SubNav
        label={t(table.nav)}
        links={table.screens.map(({ part, label }) => ({
          to: paths.phasePart(workshop.id, table.phase, part),
          text: t(label),
        }))}
      />
      <Outlet context={context} />
    </>
  );
}
