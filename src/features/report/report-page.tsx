import { useState } from 'react';
import { Link } from 'react-router';
import { BusyButton } from '../../components/busy-button';
import { TaskProgress } from '../../components/task-progress';
import { paths } from '../../config/paths';
import { usePlanExport } from '../../hooks/use-plan-export';
import { useActions, useCurrentWorkshop } from '../../hooks/use-workshop';
import type { ExportedPlan } from '../../pdf/export-action-plan';
import { useT } from '../../hooks/use-t';
import { useReportOptionsStore } from '../../stores/report-options-store';
import { ReportOptionsForm } from './report-options-form';
import { ReportPreview } from './report-preview';
import './report.css';

export function ReportPage() {
  const t = useT();
  const workshop = useCurrentWorkshop();
  const actions = useActions(workshop.id);
  const options = useReportOptionsStore((state) => state.options);
  const setOptions = useReportOptionsStore((state) => state.setOptions);
  const [built, setBuilt] = useState<ExportedPlan | null>(null);
  const { isBusy, progress, build, cancel } = usePlanExport(workshop.id, { onBuilt: setBuilt });

  return (
    <section className="page phase">
      <header className="phase-header">
        <h1>{t('phase.report')}</h1>
        <p className="muted">
          {t('report.intro', { language: t(`language.${workshop.language}`) })}
        </p>
      </header>
      <ReportOptionsForm
        options={options}
        onChange={(next) => {
          setOptions(next);
          setBuilt(null);
        }}
      />
      <p>
        <Link to={paths.privacy(workshop.id)}>{t('privacy.link')}</Link>
      </p>
      <div className="button-row">
        <BusyButton
          isBusy={isBusy}
          busyLabel={t('report.exporting')}
          onClick={() => void build(true)}
        >
          {t('report.export')}
        </BusyButton>
        <button
          type="button"
          className="button-secondary"
          disabled={isBusy}
          onClick={() => void build(false)}
        >
          {t('report.checkLayout')}
        </button>
      </div>
      {progress ? <TaskProgress {...progress} onCancel={cancel} /> : null}
      {built ? (
        <section className="card" aria-labelledby="outline-title">
          <h2 id="outline-title">
            {t('report.outline', {
              pages: built.pages,
              size: `${Math.round(built.blob.size / 1024)} KB`,
            })}
          </h2>
          <table className="data-table">
            <caption>{t('report.outlineCaption')}</caption>
            <tbody>
              {built.outline.map((entry) => (
                <tr key={entry.title}>
                  <th scope="row">{entry.title}</th>
                  <td>{entry.page}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
      <ReportPreview workshop={workshop} actions={actions ?? []} />
    </section>
  );
}
