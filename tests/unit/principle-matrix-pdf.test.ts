import { describe, expect, it } from 'vitest';
import { PRINCIPLE_IDS } from '../../src/domain/principles';
import { createTranslator } from '../../src/i18n';
import { registerMessages } from '../../src/i18n';
import { featureMessageModules } from '../../src/i18n/feature-messages';
import { renderSamplePdf } from '../helpers/sample-pdf';

registerMessages(featureMessageModules);

const render = renderSamplePdf;

const squash = (text: string) => text.replace(/\s+/g, ' ');

describe('principle × touchpoint matrix in the PDF', () => {
  it.each(['fi', 'en'] as const)('is in the %s plan with the sample counts', (language) => {
    const { sample, text } = render(language);
    const flat = squash(text);
    const t = createTranslator(language);
    expect(flat).toContain(t('pdf.principleMatrix'));
    expect(flat).toContain(t('pdf.principleMatrixNote'));
    // Every cell and total, counted here independently of the app's matrix code.
    const cell = (items: typeof sample.evidence) => {
      const praise = items.filter((item) => item.tone === 'praise').length;
      const complaint = items.filter((item) => item.tone === 'complaint').length;
      return praise + complaint > 0 ? `${praise}/${complaint}` : '';
    };
    const rowIds = [...sample.touchpoints.map((tp) => tp.id), ''];
    const expected = PRINCIPLE_IDS.flatMap((pid) => {
      const tagged = sample.evidence.filter((item) => item.principleIds.includes(pid));
      return [
        ...rowIds.map((id) => cell(tagged.filter((item) => item.touchpointId === id))),
        cell(tagged),
      ];
    }).filter(Boolean);
    // The table's text, from its heading to the next one (pdftotext reads narrow columns
    // in its own order, so the cells are compared as a set of counts).
    const table = text.slice(
      text.indexOf(t('pdf.principleMatrixNote')),
      text.indexOf(t('themes.title')),
    );
    // A page footer ("Sivu 5 / 12") falls inside the table when it breaks across pages.
    const cells = table.replace(/(Sivu|Page) \d+ \/ \d+/g, '');
    const found = (cells.replace(/ /g, '').match(/\d+\/\d+/g) ?? []).sort();
    expect(found).toEqual(expected.sort());
    expect(expected.length).toBeGreaterThan(14);
  });

  it('is left out when no evidence is tagged with a principle', () => {
    const { text } = render('en', (sample) => {
      for (const item of sample.evidence) item.principleIds = [];
    });
    expect(squash(text)).not.toContain('Principles along the journey');
  });
});
