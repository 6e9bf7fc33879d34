import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { lazyAfterFirstPaint } from '../../components/after-first-paint';
import { paths } from '../../config/paths';
import { useReportError } from '../../hooks/use-storage-error-notice';
import { requestPersistentStorage } from '../../lib/storage';
import { useT } from '../../hooks/use-t';
import { useUiStore } from '../../stores/ui-store';
import './workshops.css';

// The list reads IndexedDB (Dexie): it follows the title and the two ways to start.
const WorkshopList = lazyAfterFirstPaint(
  () => import('./workshop-list').then((module) => module.WorkshopList),
  ListLoading,
);

function ListLoading() {
  const t = useT();
  return <p>{t('common.loading')}</p>;
}

export function HomePage() {
  const t = useT();
  const navigate = useNavigate();
  const reportError = useReportError();
  const language = useUiStore((state) => state.language);
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
      <WorkshopList />
    </section>
  );
}
