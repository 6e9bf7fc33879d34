import { buildSampleWorkshop } from '../../src/domain/sample/sample-workshop';
import type { Language } from '../../src/domain/types';
import { createTranslator } from '../../src/i18n';
import { buildActionPlan } from '../../src/pdf/build-action-plan';
import { readPdfFonts } from './pdf-fonts';
import { pdfToText } from './pdf-text';

type Sample = ReturnType<typeof buildSampleWorkshop>;

let counter = 0;
const fakeId = () => `id-${(counter += 1)}`;
let fonts: ReturnType<typeof readPdfFonts> | undefined;

/**
 * The sample workshop's action plan, after `edit` has changed the sample, read back as text (the
 * feature messages must be loaded first). Returns the sample too, and pdftotext's pages.
 */
export function renderSamplePdf(language: Language, edit: (sample: Sample) => void = () => {}) {
  const sample = buildSampleWorkshop(language, fakeId, new Date('2026-11-24T10:00:00Z'));
  edit(sample);
  fonts ??= readPdfFonts();
  const { doc } = buildActionPlan(
    { ...sample, generatedAt: '2026-11-24T10:00:00Z' },
    createTranslator(language),
    fonts,
  );
  return { sample, ...pdfToText(doc.output('arraybuffer')) };
}
