import { Link } from 'react-router';
import { paths } from '../../config/paths';
import { registerMessages } from '../../i18n';
import { historyMessages } from '../../i18n/messages/history';
import { useT } from '../../hooks/use-t';

// The link shows in every workshop's header, before any phase screen has loaded its messages.
registerMessages([historyMessages]);

export function HistoryLink({ workshopId }: { workshopId: string }) {
  const t = useT();
  return (
    <Link to={paths.history(workshopId)} className="history-link">
      {t('history.link')}
    </Link>
  );
}
