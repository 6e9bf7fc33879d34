import { beforeAll, describe, expect, it } from 'vitest';
import { buildSampleWorkshop } from '../../src/domain/sample/sample-workshop';
import { createTranslator, loadFeatureMessages } from '../../src/i18n';
import { buildActionPlan } from '../../src/pdf/build-action-plan';
import { DEFAULT_REPORT_OPTIONS } from '../../src/domain/report-options';
import { readPdfFonts } from '../helpers/pdf-fonts';
import { pdfToText } from '../helpers/pdf-text';

beforeAll(() => loadFeatureMessages());
let counter = 0;
const fakeId = () => `id-${(counter += 1)}`;

describe('facilitator notes and the PDF', () => {
  it('never appear in the action plan, not even with every appendix on', () => {
    const sample = buildSampleWorkshop('en', fakeId, new Date('2026-11-24T10:00:00Z'));
    const notes = sample.agendaSteps.map((step) => step.notes).filter(Boolean);
    expect(notes.length).toBeGreaterThan(3);
    const { doc } = buildActionPlan(
      { ...sample, generatedAt: '2026-11-24T10:00:00Z' },
      createTranslator('en'),
      readPdfFonts(),
      { ...DEFAULT_REPORT_OPTIONS, hasEvidenceAppendix: true, hasRatingsAppendix: true },
    );
    const text = pdfToText(doc.output('arraybuffer')).text.replace(/\s+/g, ' ');
    expect(text).toContain('Lakeheart Spa Hotel');
    for (const note of notes) expect(text).not.toContain(note.slice(0, 40));
  });
});
