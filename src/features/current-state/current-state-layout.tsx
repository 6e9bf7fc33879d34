import { Outlet, useOutletContext } from 'react-router';
import { SubNav } from '../../components/sub-nav';
import { paths, type CurrentStatePart } from '../../config/paths';
import { useCurrentWorkshop, type WorkshopOutletContext } from '../../hooks/use-workshop';
import type { MessageKey } from '../../i18n';
import { useT } from '../../hooks/use-t';

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
      <SubNav
        label={t('current.nav')}
        links={PARTS.map(({ part, label }) => ({
          to: paths.currentPart(workshop.id, part),
          text: t(label),
        }))}
      />
      <Outlet context={context} />
    </>
  );
}
