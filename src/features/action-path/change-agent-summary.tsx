import { Link } from 'react-router';
import { paths } from '../../config/paths';
import type { Workshop } from '../../domain/types';
import { useT } from '../../hooks/use-t';

const withRole = (name: string, role: string) => (role ? `${name} (${role})` : name);

/** Who carries the path and who in management stands behind it, at the top of the path. */
export function ChangeAgentSummary({ workshop }: { workshop: Workshop }) {
  const t = useT();
  const link = paths.pathPart(workshop.id, 'change-agent');
  if (!workshop.changeAgent && !workshop.sponsor)
    return (
      <p className="muted">
        {t('changeAgent.missing')} <Link to={link}>{t('changeAgent.edit')}</Link>
      </p>
    );
  return (
    <p className="change-agent-summary">
      {workshop.changeAgent ? (
        <span>
          {t('changeAgent.summary', {
            name: withRole(workshop.changeAgent, workshop.changeAgentRole),
          })}
        </span>
      ) : null}
      {workshop.sponsor ? (
        <span>
          {t('changeAgent.sponsorSummary', {
            name: withRole(workshop.sponsor, workshop.sponsorRole),
          })}
        </span>
      ) : null}
      <Link to={link}>{t('changeAgent.title')}</Link>
    </p>
  );
}
