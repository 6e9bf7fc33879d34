import { useState } from 'react';
import { loadWorkshopContent } from '../db/repositories/workshop-content';
import { visibleContent } from '../domain/room-visibility';
import { useT } from './use-t';
import { downloadBlob } from '../lib/download';
import { flushSaves } from '../db/save-queue';
import type { ExportedPlan } from '../pdf/export-action-plan';
import { useNoticeStore } from '../stores/notice-store';
import { useReportOptionsStore } from '../stores/report-options-store';

type Options = {
  /** Told of every plan built, before it is downloaded. */
  onBuilt?: (plan: ExportedPlan) => void;
};

/**
 * Builds the PDF action plan with the chosen report options (the report screen's and the
 * wizard's alike), and downloads it when asked.
 * Failures end in a notice, never an exception.
 */
export function usePlanExport(workshopId: string, { onBuilt }: Options = {}) {
  const t = useT();
  const push = useNoticeStore((state) => state.push);
  const options = useReportOptionsStore((state) => state.options);
  const [isBusy, setBusy] = useState(false);

  const build = async (shouldDownload: boolean) => {
    setBusy(true);
    try {
      await flushSaves();
      // jsPDF and the fonts are loaded only now, never on the first page load.
      const { exportActionPlan } = await import('../pdf/export-action-plan');
      const stored = await loadWorkshopContent(workshopId);
      if (!stored) throw new Error('Workshop vanished before export');
      // Room entries not yet revealed never reach the PDF; redaction changes only this copy.
      const { redactForExport } = await import('../lib/redaction-labels');
      const content = visibleContent(options.isRedacted ? redactForExport(stored) : stored);
      const plan = await exportActionPlan(
        { ...content, generatedAt: new Date().toISOString() },
        options,
      );
      onBuilt?.(plan);
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

  return { isBusy, build };
}
