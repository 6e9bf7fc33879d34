import { Outlet, useOutletContext } from 'react-router';
import { SubNav } from '../../components/sub-nav';
import { paths, type TargetStatePart } from '../../config/paths';
import { useCurrentWorkshop, type WorkshopOutletContext } from '../../hooks/use-workshop';
import type { MessageKey } from '../../i18n';
import { useT } from '../../hooks/use-t';

const PARTS: { part: TargetStatePart; label: MessageKey }[] = [
  { part: 'participants', label: 'target.nav.participants' },
  { part: 'rate', label: 'target.nav.rate' },
  { part: 'results', label: 'target.nav.results' },
  { part: '', label: 'target.nav.target' },
  { part: 'promises', label: 'target.nav.promises' },
  { part: 'indicators', label: 'target.nav.indicators' },
];

export function TargetStateLayout() {
  const t = useT();
  const workshop = useCurrentWorkshop();
  const context = useOutletContext<WorkshopOutletContext>();
  return (
    <>
      <SubNav
        label={t('target.nav')}
        links={PARTS.map(({ part, label }) => ({
          to: paths.targetPart(workshop.id, part),
          text: t(label),
        }))}
      />
      <Outlet context={context} />
    </>
  );
}
