import { Outlet, useOutletContext } from 'react-router';
import { SubNav } from '../../components/sub-nav';
import { paths, type PathPart } from '../../config/paths';
import { useCurrentWorkshop, type WorkshopOutletContext } from '../../hooks/use-workshop';
import type { MessageKey } from '../../i18n';
import { useT } from '../../hooks/use-t';

const PARTS: { part: PathPart; label: MessageKey }[] = [
  { part: '', label: 'path.nav.actions' },
  { part: 'prioritise', label: 'path.nav.prioritise' },
  { part: 'roadmap', label: 'path.nav.roadmap' },
  { part: 'follow-up', label: 'path.nav.followUp' },
];

export function PathLayout() {
  const t = useT();
  const workshop = useCurrentWorkshop();
  const context = useOutletContext<WorkshopOutletContext>();
  return (
    <>
      <SubNav
        label={t('path.nav')}
        links={PARTS.map(({ part, label }) => ({
          to: paths.pathPart(workshop.id, part),
          text: t(label),
        }))}
      />
      <Outlet context={context} />
    </>
  );
}
