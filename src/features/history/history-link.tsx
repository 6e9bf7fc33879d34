import { Link } from 'react-router';
import { paths } from '../../config/paths';
import { useT } from '../../hooks/use-t';
import './history.css';

export function HistoryLink({ workshopId }: { workshopId: string }) {
  const t = useT();
  return (
    <Link to={paths.history(workshopId)} className="history-link">
      {t('history.link')}
    </Link>
  );
}
