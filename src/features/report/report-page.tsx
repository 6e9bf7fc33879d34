import { useState } from 'react';
import { Link } from 'react-router';
import { paths } from '../../config/paths';
import { loadWorkshopContent } from '../../db/repositories/workshop-content';
import { visibleContent } from '../../domain/room-visibility';
import { useActions, useCurrentWorkshop } from '../../hooks/use-workshop';
import { downloadBlob } from '../../lib/download';
import { redactForExport } from '../../lib/redaction-labels';
import { flushSaves } from '../../lib/save-queue';
import type { ExportedPlan } from '../../pdf/export-action-plan';
import { useT } from '../../i18n/use-t';
import { useNoticeStore } from '../../stores/notice-store';
import { useReportOptionsStore } from '../../stores/report-options-store';
import { ReportOptionsForm } from './report-options-form';
import { ReportPreview } from './report-preview';

export function ReportPage() {
  const t = useT();
  const workshop = useCurrentWorkshop();
  const actions = useActions(workshop.id);
  const push = useNoticeStore((state) => state.push);
  const options = useReportOptionsStore((state) => state.options);
  const setOptions = useReportOptionsStore((state) => state.setOptions);
  const [isBusy, setBusy] = useState(false);
  const [built, setBuilt] = useState<ExportedPlan | null>(null);

  const build = async (shouldDownload: boolean) => {
    setBusy(true);
    try {
      await flushSaves();
      // jsPDF and the fonts are loaded only now, never on the first page load.
      const { exportActionPlan } = await import('../../pdf/export-action-plan');
      const stored = await loadWorkshopContent(workshop.id);
      if (!stored) throw new Error('Workshop vanished before export');
      const content = options.isRedacted ? redactForExport(stored) : stored;
      const plan = await exportActionPlan(
        // Room-mode entries not revealed yet stay out of the plan.
        { ...visibleContent(content), generatedAt: new Date().toISOString() },
        options,
      );
      setBuilt(plan);
      if (shouldDownload) {
        downloadBlob(plan.blob, plan.fileName);
        push({ kind: 'success', message: t('report.exported', { fileName: plan.fileName }) });
      }
    } catch (error) {
      console.error(error);
      push({ kind: 'error', message: t('report.exportFailed') });
    } finally {
      setBusy(false);
    }
  };

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
        <button
          type="button"
          className="button-primary"
          disabled={isBusy}
          onClick={() => void build(true)}
        >
          {isBusy ? t('report.exporting') : t('report.export')}
        </button>
        <button
          type="button"
          className="button-secondary"
          disabled={isBusy}
          onClick={() => void build(false)}
        >
          {t('report.checkLayout')}
        </button>
      </div>
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
