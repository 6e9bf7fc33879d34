import { Link } from 'react-router';
import { paths } from '../config/paths';
import { useT } from '../hooks/use-t';

export function NotFound({ message }: { message?: string }) {
  const t = useT();
  return (
    <section className="page narrow">
      <h1>{t('notFound.title')}</h1>
      <p>{message ?? t('notFound.body')}</p>
      <Link to={paths.home()}>{t('app.home')}</Link>
    </section>
  );
}
