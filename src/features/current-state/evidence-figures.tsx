import { Link } from 'react-router';
import { paths } from '../../config/paths';
import { countByTone, emptyToneCounts } from '../../domain/evidence';
import { rankCriticalMoments } from '../../domain/critical-moments';
import type { Workshop } from '../../domain/types';
import { useEvidence, useJourney } from '../../hooks/use-current-state';
import { useT } from '../../hooks/use-t';

/** Key figures of the evidence beside the summary, so the statement rests on facts. */
export function EvidenceFigures({ workshop }: { workshop: Workshop }) {
  const t = useT();
  const items = useEvidence(workshop.id) ?? [];
  const journey = useJourney(workshop.id);
  const tones = countByTone(items, () => 'all').get('all') ?? emptyToneCounts();
  const critical = rankCriticalMoments(journey?.touchpoints ?? []);
  return (
    <aside className="card figures" aria-labelledby="evidence-figures">
      <h2 id="evidence-figures">{t('summary.figures')}</h2>
      <p>
        <strong>{t('summary.items', { count: items.length })}</strong>
        <br />
        {t('summary.byTone', tones)}
      </p>
      <p>{t('summary.criticalMoments', { count: critical.length })}</p>
      {critical.length > 0 ? (
        <ul>
          {critical.slice(0, 5).map((touchpoint) => (
            <li key={touchpoint.id}>{touchpoint.name}</li>
          ))}
        </ul>
      ) : null}
      <Link to={paths.currentPart(workshop.id, 'evidence')}>{t('summary.openEvidence')}</Link>
    </aside>
  );
}
