import { useWorkshops } from '../../hooks/use-workshop';
import { useT } from '../../hooks/use-t';
import { WorkshopCard } from './workshop-card';

/**
 * The home page's part that needs the database: the workshops, or for a first-time user what the
 * app is for. Loaded after the page's title and its two ways to start are drawn.
 */
export function WorkshopList() {
  const t = useT();
  const workshops = useWorkshops();
  if (workshops === undefined) return <p>{t('common.loading')}</p>;
  if (workshops.length === 0) {
    return (
      <>
        <div className="home-intro">
          <p className="lead">{t('home.intro1')}</p>
          <p className="lead">{t('home.intro2')}</p>
        </div>
        <p className="muted">{t('home.empty')}</p>
      </>
    );
  }
  return (
    <ul className="workshop-list" aria-label={t('home.count', { count: workshops.length })}>
      {workshops.map((workshop) => (
        <WorkshopCard key={workshop.id} workshop={workshop} />
      ))}
    </ul>
  );
}
