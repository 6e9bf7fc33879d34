import { PhasePage } from '../../components/phase-page';
import { createPromise } from '../../db/repositories/assessment';
import { usePromises } from '../../hooks/use-assessment';
import { useReportError } from '../../hooks/use-storage-error-notice';
import { useCurrentWorkshop } from '../../hooks/use-workshop';
import { useT } from '../../hooks/use-t';
import { PromiseCard } from './promise-card';
import { StatementUses } from './statement-uses';
import './target-state.css';

export function PromisesPage() {
  const t = useT();
  const workshop = useCurrentWorkshop();
  const promises = usePromises(workshop.id) ?? [];
  const reportError = useReportError();
  const add = async () => {
    await createPromise(workshop.id, { text: '', principleIds: [] });
  };
  return (
    <PhasePage
      title={t('promises.title')}
      question={t('promises.question')}
      intro={t('promises.guide')}
    >
      {promises.length === 0 ? <p className="muted">{t('promises.empty')}</p> : null}
      <ol className="card-grid">
        {promises.map((promise, index) => (
          <PromiseCard key={promise.id} promise={promise} number={index + 1} />
        ))}
      </ol>
      <div>
        <button
          type="button"
          className="button-secondary"
          onClick={() => void add().catch(reportError)}
        >
          + {t('promises.add')}
        </button>
      </div>
      <StatementUses workshop={workshop} />
    </PhasePage>
  );
}
