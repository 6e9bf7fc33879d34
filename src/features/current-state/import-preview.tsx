import type { ImportedRow, RowError } from '../../domain/csv-import';
import { useT } from '../../hooks/use-t';

const PREVIEW_ROWS = 8;
const LISTED_ERRORS = 20;

export function ImportPreview({ items, errors }: { items: ImportedRow[]; errors: RowError[] }) {
  const t = useT();
  return (
    <section className="card">
      <h2>{t('import.preview')}</h2>
      <p role="status">{t('import.ready', { count: items.length })}</p>
      <div className="table-scroll">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('import.field.text')}</th>
              <th scope="col">{t('import.field.kind')}</th>
              <th scope="col">{t('evidence.tone')}</th>
              <th scope="col">{t('import.field.touchpoint')}</th>
              <th scope="col">{t('import.field.segment')}</th>
              <th scope="col">{t('import.field.date')}</th>
            </tr>
          </thead>
          <tbody>
            {items.slice(0, PREVIEW_ROWS).map((item, index) => (
              <tr key={index}>
                <td className="prewrap">{item.text}</td>
                <td>{t(`kind.${item.kind}`)}</td>
                <td>{t(`tone.${item.tone}`)}</td>
                <td>{item.touchpointName || '–'}</td>
                <td>{item.segmentName || '–'}</td>
                <td>{item.date || '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {errors.length > 0 ? (
        <div className="import-errors">
          <p>{t('import.badRows', { count: errors.length })}</p>
          <ul>
            {errors.slice(0, LISTED_ERRORS).map((error) => (
              <li key={error.line}>
                {t(`import.error.${error.code}`, { line: error.line, value: error.value })}
              </li>
            ))}
          </ul>
          {errors.length > LISTED_ERRORS ? (
            <p>{t('import.moreErrors', { count: errors.length - LISTED_ERRORS })}</p>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
