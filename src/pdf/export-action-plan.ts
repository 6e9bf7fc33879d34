import { exportFileName } from '../domain/file-names';
import { createTranslator, loadFeatureMessages } from '../i18n';
import { buildActionPlan } from './build-action-plan';
import { loadPdfFonts } from './fonts';
import type { OutlineEntry } from './layout';
import type { PlanProgressListener } from './plan-progress';
import type { ReportOptions } from '../domain/report-options';
import type { ReportData } from './report-data';

export type ExportedPlan = { blob: Blob; fileName: string; pages: number; outline: OutlineEntry[] };

/**
 * The plan as a Blob with its file name. Runs in the PDF worker (plan-worker.ts), or on the
 * page where workers are missing.
 */
export async function exportActionPlan(
  data: ReportData,
  options?: ReportOptions,
  onProgress?: PlanProgressListener,
): Promise<ExportedPlan> {
  onProgress?.({ stage: 'preparing' });
  const [fonts] = await Promise.all([loadPdfFonts(), loadFeatureMessages()]);
  const { doc, outline } = buildActionPlan(
    data,
    createTranslator(data.workshop.language),
    fonts,
    options,
    onProgress,
  );
  const pages = doc.getNumberOfPages();
  onProgress?.({ stage: 'saving', sections: outline.length - 1, pages });
  return {
    blob: doc.output('blob'),
    fileName: exportFileName(data.workshop, 'actionPlan', 'pdf'),
    pages,
    outline,
  };
}
