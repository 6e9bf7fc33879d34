import { exportFileName } from '../domain/file-names';
import { createTranslator, loadFeatureMessages } from '../i18n';
import { buildActionPlan } from './build-action-plan';
import { loadPdfFonts } from './fonts';
import type { OutlineEntry } from './layout';
import type { ReportOptions } from '../domain/report-options';
import type { ReportData } from './report-data';

export type ExportedPlan = { blob: Blob; fileName: string; pages: number; outline: OutlineEntry[] };

/** Entry point of the lazily loaded PDF chunk: the plan as a Blob with its file name. */
export async function exportActionPlan(
  data: ReportData,
  options?: ReportOptions,
): Promise<ExportedPlan> {
  const [fonts] = await Promise.all([loadPdfFonts(), loadFeatureMessages()]);
  const { doc, outline } = buildActionPlan(
    data,
    createTranslator(data.workshop.language),
    fonts,
    options,
  );
  return {
    blob: doc.output('blob'),
    fileName: exportFileName(data.workshop, 'actionPlan', 'pdf'),
    pages: doc.getNumberOfPages(),
    outline,
  };
}
