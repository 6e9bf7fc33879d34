import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { paths } from '../../config/paths';
import { useReportError } from '../../hooks/use-storage-error-notice';
import { useWorkshops } from '../../hooks/use-workshop';
import { requestPersistentStorage } from '../../lib/storage';
import { useT } from '../../hooks/use-t';
import { useUiStore } from '../../stores/ui-store';
import { WorkshopCard } from './workshop-card';
import './workshops.css';

export function HomePage() {
  const t = useT();
  const navigate = useNavigate();
  const reportError = useReportError();
  const language = useUiStore((state) => state.language);
  const workshops = useWorkshops();
  const [isCreatingSample, setCreatingSample] = useState(false);

  const openSample = async () => {
    setCreatingSample(true);
    try {
      // The sample texts load only when asked for.
      const { createSampleWorkshop } = await import('../../db/repositories/sample');
      const workshop = await createSampleWorkshop(language);
      // First save: ask the browser to keep the data under storage pressure.
      void requestPersistentStorage();
      await navigate(paths.phase(workshop.id, 'current'));
    } catch (error) {
      reportError(error);
      setCreatingSample(false);
    }
  };

  return (
    <section className="page">
      <div className="home-intro">
        <h1>{t('home.title')}</h1>
        {workshops?.length === 0 ? (
          <>
            <p className="lead">{t('home.intro1')}</p>
            <p className="lead">{t('home.intro2')}</p>
          </>
        ) : null}
        <div className="button-row">
          <Link className="button-primary" to={paths.newWorkshop()}>
            {t('home.new')}
          </Link>
          <button
            type="button"
            className="button-secondary"
            disabled={isCreatingSample}
            onClick={() => void openSample()}
          >
            {t('home.sample')}
          </button>
        </div>
      </div>
      {workshops === undefined ? <p>{t('common.loading')}</p> : null}
      {workshops && workshops.length > 0 ? (
        <ul className="workshop-list" aria-label={t('home.count', { count: workshops.length })}>
          {workshops.map((workshop) => (
            <WorkshopCard key={workshop.id} workshop={workshop} />
          ))}
        </ul>
      ) : null}
      {workshops?.length === 0 ? <p className="muted">{t('home.empty')}</p> : null}
    </section>
  );
}
