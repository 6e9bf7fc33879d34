import type { ReactNode } from 'react';
import { AppLink } from '../../components/app-link';
import { paths } from '../../config/paths';
import { useT } from '../../hooks/use-t';
import './workshops.css';

/** The home page's title, its two ways to start, and the workshop list (or its placeholder). */
export function HomeContent({
  list,
  onOpenSample,
  isOpeningSample,
}: {
  list: ReactNode;
  onOpenSample: () => void;
  isOpeningSample: boolean;
}) {
  const t = useT();
  return (
    <section className="page">
      <div className="home-intro">
        <h1>{t('home.title')}</h1>
        <div className="button-row">
          <AppLink className="button-primary" to={paths.newWorkshop()}>
            {t('home.new')}
          </AppLink>
          <button
            type="button"
            className="button-secondary"
            disabled={isOpeningSample}
            onClick={onOpenSample}
          >
            {t('home.sample')}
          </button>
        </div>
      </div>
      {list}
    </section>
  );
}

export function ListLoading() {
  const t = useT();
  return <p>{t('common.loading')}</p>;
}
