import { useState } from 'react';
import { loadWorkshopContent } from '../../db/repositories/workshop-content';
import { useActions, useCurrentWorkshop } from '../../hooks/use-workshop';
import { downloadBlob } from '../../lib/download';
import { flushSaves } from '../../lib/save-queue';
import { useT } from '../../i18n/use-t';
import { useNoticeStore } from '../../stores/notice-store';
import { ReportPreview } from './report-preview';

export function ReportPage() {
  const t = useT();
  const workshop = useCurrentWorkshop();
  const actions = useActions(workshop.id);
  const push = useNoticeStore((state) => state.push);
  const [isExporting, setExporting] = useState(false);

  const exportPdf = async () => {
    setExporting(true);
    try {
      await flushSaves();
      // jsPDF and the fonts are loaded only now, never on the first page load.
      const { exportActionPlan } = await import('../../pdf/export-action-plan');
      const content = await loadWorkshopContent(workshop.id);
      if (!content) throw new Error('Workshop vanished before export');
      const { blob, fileName } = await exportActionPlan({
        ...content,
        generatedAt: new Date().toISOString(),
      });
      downloadBlob(blob, fileName);
      push({ kind: 'success', message: t('report.exported', { fileName }) });
    } catch (error) {
      console.error(error);
      push({ kind: 'error', message: t('report.exportFailed') });
    } finally {
      setExporting(false);
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
      <div className="button-row">
        <button
          type="button"
          className="button-primary"
          disabled={isExporting}
          onClick={() => void exportPdf()}
        >
          {isExporting ? t('report.exporting') : t('report.export')}
        </button>
      </div>
      <ReportPreview workshop={workshop} actions={actions ?? []} />
    </section>
  );
}
