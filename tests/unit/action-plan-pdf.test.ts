import { beforeAll, describe, expect, it } from 'vitest';
import { buildSampleWorkshop } from '../../src/domain/sample/sample-workshop';
import { createTranslator, loadFeatureMessages } from '../../src/i18n';
import { buildActionPlan } from '../../src/pdf/build-action-plan';
import { DEFAULT_REPORT_OPTIONS } from '../../src/domain/report-options';
import { englishIn } from '../helpers/english-phrases';
import { readPdfFonts } from '../helpers/pdf-fonts';
import { pdfToText } from '../helpers/pdf-text';
import { renderSamplePdf } from '../helpers/sample-pdf';

const fonts = readPdfFonts();
beforeAll(() => loadFeatureMessages());
let counter = 0;
const fakeId = () => `id-${(counter += 1)}`;

const render = renderSamplePdf;

const squash = (text: string) => text.replace(/\s+/g, ' ');

describe('action plan PDF', () => {
  it('holds the cover, both statements, the lists and every action, in Finnish', () => {
    const { text, pages } = render('fi');
    const flat = squash(text);
    expect(flat).toContain('Kylpylähotelli Järvisydän (esimerkki)');
    expect(flat).toContain('Aino Esimerkki');
    expect(flat).toContain('24.11.2026');
    expect(flat).toContain('Nykytila');
    expect(flat).toContain('Tavoitetila');
    expect(flat).toContain('Kehittämispolku');
    expect(flat).toContain('Henkilökunnan lämpö ja aito kohtaaminen saavat paljon kiitosta');
    expect(flat).toContain('Palauteraportti johtoryhmälle kuukausittain');
    expect(flat).toContain(`Sivu 1 / ${pages}`);
    // The evidence behind the current state: numbers, heatmap, themes, critical moments.
    expect(flat).toContain('Havainnot lukuina');
    expect(flat).toContain('Mihin tyytyväisyys ja tyytymättömyys kasautuvat');
    expect(flat).toContain('Vastaanotto ja sisäänkirjautuminen');
    expect(flat).toContain('Tieto ei kulje');
    expect(flat).toContain('Kriittiset hetket');
    expect(pages).toBeGreaterThanOrEqual(2);
  });

  it('writes Finnish letters and typographic marks exactly, and HTML as literal text', () => {
    const special = 'Ää Öö Åå – ” … € −5 % <img src=x onerror=alert(1)>';
    const { text } = render('fi', (sample) => {
      sample.workshop.currentStatement = special;
    });
    expect(squash(text)).toContain(special);
  });

  it('holds no English in a Finnish workshop’s plan, appendices included', () => {
    const sample = buildSampleWorkshop('fi', fakeId, new Date('2026-11-24T10:00:00Z'));
    const { doc } = buildActionPlan(
      { ...sample, generatedAt: '2026-11-24T10:00:00Z' },
      createTranslator('fi'),
      fonts,
      { ...DEFAULT_REPORT_OPTIONS, hasEvidenceAppendix: true, hasRatingsAppendix: true },
    );
    expect(englishIn(pdfToText(doc.output('arraybuffer')).text)).toEqual([]);
  });

  it('is in English for an English workshop', () => {
    const flat = squash(render('en').text);
    expect(flat).toContain('Service-culture action plan'.toUpperCase());
    expect(flat).toContain('Development path');
    expect(flat).toContain('Monthly feedback report to the management team');
    // The target state: assessment, gaps, promises, indicators.
    expect(flat).toContain('Current state and target by principle');
    expect(flat).toContain('Largest gaps');
    expect(flat).toContain('We always tell you how long the wait is and what happens next.');
    expect(flat).toContain('Word of mouth (told about a good / a bad experience) 3/18 6/12');
    expect(flat).toContain('Management > Staff (1.0)');
    // The path: quick wins first, the order, the matrix, the roadmap and the follow-up.
    expect(flat).toContain('First three small improvements');
    expect(flat).toContain('Easy and effective (high impact, low effort)');
    expect(flat).toContain('Roadmap');
    expect(flat).toContain('Management team meeting, 15 minutes and a one-page report');
    expect(flat.indexOf('First three small improvements')).toBeLessThan(
      flat.indexOf('Priority order'),
    );
    // Each action in the priority list says why it is there.
    expect(flat).toContain(
      'Tell guests about the queue at the reception: show the wait and greet at once Why here: Addresses 3 gaps, the heaviest no. 1 (Reception and check-in: 2.0 × importance 5); high impact; low effort; the team’s dots: 14',
    );
  });

  it('wraps a 10,000-character statement over pages without cutting it', () => {
    const words = Array.from({ length: 1200 }, (_, i) => `sana${i}`).join(' ');
    const { text, pages } = render('fi', (sample) => {
      sample.workshop.targetStatement = words;
    });
    const flat = squash(text);
    expect(flat).toContain('sana0 ');
    expect(flat).toContain('sana1199');
    expect(flat).toContain('sana600 sana601');
    expect(pages).toBeGreaterThanOrEqual(4);
  });
});
