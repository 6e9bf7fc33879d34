import { actionPlanFileName } from '../domain/file-names';
import { createTranslator } from '../i18n';
import { buildActionPlan } from './build-action-plan';
import { loadPdfFonts } from './fonts';
import type { ReportData } from './report-data';

/** Entry point of the lazily loaded PDF chunk: the plan as a Blob with its file name. */
export async function exportActionPlan(
  data: ReportData,
): Promise<{ blob: Blob; fileName: string }> {
  const fonts = await loadPdfFonts();
  const doc = buildActionPlan(data, createTranslator(data.workshop.language), fonts);
  return {
    blob: doc.output('blob'),
    fileName: actionPlanFileName(data.workshop.organisation, data.workshop.title),
  };
}
