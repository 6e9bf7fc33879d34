import { Link } from 'react-router';
import { paths } from '../../config/paths';
import { useCurrentWorkshop } from '../../hooks/use-workshop';
import { useWorkshopContent } from './use-workshop-content';
import { useT } from '../../hooks/use-t';
import { HitReview } from './hit-review';
import { NameList } from './name-list';
import './privacy.css';

/** Find personal data in the workshop's free texts and replace it with roles. */
export function RedactionPage() {
  const t = useT();
  const workshop = useCurrentWorkshop();
  const content = useWorkshopContent(workshop.id);
  return (
    <section className="page phase">
      <header className="phase-header">
        <h1>{t('privacy.title')}</h1>
        <p className="muted">{t('privacy.intro')}</p>
      </header>
      <div className="privacy-stack">
        <NameList
          workshop={workshop}
          participantNames={(content?.participants ?? []).map((participant) => participant.name)}
        />
        {content ? <HitReview content={content} /> : <p role="status">{t('privacy.scanning')}</p>}
        <p>
          <Link to={paths.currentPart(workshop.id, 'evidence')}>{t('current.nav.evidence')}</Link>
        </p>
      </div>
    </section>
  );
}
