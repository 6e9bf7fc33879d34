import type { Action, Workshop } from '../../domain/types';
import { formatDate } from '../../lib/dates';
import { useT } from '../../hooks/use-t';

type Props = { workshop: Workshop; actions: Action[] };

/** What the PDF will hold, readable on screen; texts are shown literally. */
export function ReportPreview({ workshop, actions }: Props) {
  const t = useT();
  const texts = (entries: Workshop['strengths']) =>
    entries.map((entry) => entry.text.trim()).filter(Boolean);
  const list = (items: string[]) =>
    items.length ? (
      <ul>
        {items.map((item, index) => (
          <li key={index}>{item}</li>
        ))}
      </ul>
    ) : (
      <p className="muted">{t('report.none')}</p>
    );

  return (
    <section className="card report-preview" aria-labelledby="report-preview-title">
      <h2 id="report-preview-title">{t('report.preview')}</h2>
      <h3>{t('pdf.currentStatement')}</h3>
      <p className="prewrap">{workshop.currentStatement || t('report.empty')}</p>
      <div className="two-columns">
        <div>
          <h3>{t('pdf.strengths')}</h3>
          {list(texts(workshop.strengths))}
        </div>
        <div>
          <h3>{t('pdf.weaknesses')}</h3>
          {list(texts(workshop.weaknesses))}
        </div>
      </div>
      <h3>{t('pdf.targetStatement')}</h3>
      <p className="prewrap">{workshop.targetStatement || t('report.empty')}</p>
      <h3>{t('pdf.path')}</h3>
      {actions.length ? (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('pdf.number')}</th>
              <th scope="col">{t('pdf.action')}</th>
              <th scope="col">{t('pdf.owner')}</th>
              <th scope="col">{t('pdf.due')}</th>
              <th scope="col">{t('pdf.status')}</th>
            </tr>
          </thead>
          <tbody>
            {actions.map((action, index) => (
              <tr key={action.id}>
                <td>{index + 1}</td>
                <td>{action.title}</td>
                <td>{action.owner || '–'}</td>
                <td>{action.dueDate ? formatDate(action.dueDate, workshop.language) : '–'}</td>
                <td>{t(`status.${action.status}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="muted">{t('report.none')}</p>
      )}
    </section>
  );
}
