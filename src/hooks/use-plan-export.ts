import { useEffect, useRef, useState } from 'react';
import { loadWorkshopContent } from '../db/repositories/workshop-content';
import { visibleContent } from '../domain/room-visibility';
import type { Translate } from '../i18n';
import { useT } from './use-t';
import { downloadBlob } from '../lib/download';
import { flushSaves } from '../db/save-queue';
import type { ExportedPlan } from '../pdf/export-action-plan';
import { progressPercent, type PlanProgress } from '../pdf/plan-progress';
import {
  PlanExportCancelled,
  startPlanExport,
  warmPlanWorker,
  type PlanExportJob,
} from '../pdf/run-plan-export';
import { useNoticeStore } from '../stores/notice-store';
import { useReportOptionsStore } from '../stores/report-options-store';

type Options = {
  /** Told of every plan built, before it is downloaded. */
  onBuilt?: (plan: ExportedPlan) => void;
};

/**
 * Builds the PDF action plan with the chosen report options (the report screen's and the
 * wizard's alike) in the PDF worker, with its progress, and downloads it when asked.
 * Cancel stops the worker; leaving the screen does too. Failures end in a notice, never an
 * exception.
 */
export function usePlanExport(workshopId: string, { onBuilt }: Options = {}) {
  const t = useT();
  const push = useNoticeStore((state) => state.push);
  const options = useReportOptionsStore((state) => state.options);
  const [progress, setProgress] = useState<PlanProgress | null>(null);
  const job = useRef<PlanExportJob | null>(null);
  // Cancel may come while the workshop is still being read, before the worker exists.
  const isCancelRequested = useRef(false);

  useEffect(() => {
    const release = warmPlanWorker();
    return () => {
      job.current?.cancel();
      release();
    };
  }, []);

  const build = async (shouldDownload: boolean) => {
    setProgress({ stage: 'preparing' });
    isCancelRequested.current = false;
    try {
      await flushSaves();
      const stored = await loadWorkshopContent(workshopId);
      if (!stored) throw new Error('Workshop vanished before export');
      // Room entries not yet revealed never reach the PDF; redaction changes only this copy.
      const { redactForExport } = await import('../lib/redaction-labels');
      const content = visibleContent(options.isRedacted ? redactForExport(stored) : stored);
      if (isCancelRequested.current) throw new PlanExportCancelled();
      // jsPDF and the fonts load only now, in the worker, never on the first page load.
      job.current = startPlanExport(
        { data: { ...content, generatedAt: new Date().toISOString() }, options },
        setProgress,
      );
      const plan = await job.current.result;
      onBuilt?.(plan);
      if (shouldDownload) {
        downloadBlob(plan.blob, plan.fileName);
        push({ kind: 'success', message: t('report.exported', { fileName: plan.fileName }) });
      }
    } catch (error) {
      if (error instanceof PlanExportCancelled)
        push({ kind: 'info', message: t('report.exportCancelled') });
      else {
        console.error(error);
        push({ kind: 'error', message: t('report.exportFailed') });
      }
    } finally {
      job.current = null;
      setProgress(null);
    }
  };

  const cancel = () => {
    isCancelRequested.current = true;
    job.current?.cancel();
  };

  return {
    isBusy: progress !== null,
    progress: progress && {
      label: t('report.progress.label'),
      percent: progressPercent(progress),
      detail: progressDetail(progress, t),
    },
    build,
    cancel,
  };
}

function progressDetail(progress: PlanProgress, t: Translate): string {
  switch (progress.stage) {
    case 'preparing':
      return t('report.progress.preparing');
    case 'drawing':
      return t('report.progress.section', { ...progress });
    case 'saving':
      return t('report.progress.saving', { pages: progress.pages });
  }
}
