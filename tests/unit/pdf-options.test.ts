import { beforeAll, describe, expect, it } from 'vitest';
import { buildSampleWorkshop } from '../../src/domain/sample/sample-workshop';
import { createTranslator, loadFeatureMessages } from '../../src/i18n';
import { buildActionPlan } from '../../src/pdf/build-action-plan';
import { DEFAULT_REPORT_OPTIONS, type ReportOptions } from '../../src/domain/report-options';
import { readPdfFonts } from '../helpers/pdf-fonts';
import { pdfToText } from '../helpers/pdf-text';

const fonts = readPdfFonts();
beforeAll(() => loadFeatureMessages());
let counter = 0;
const newId = () => `id-${(counter += 1)}`;
const squash = (text: string) => text.replace(/\s+/g, ' ');

function render(
  options: Partial<ReportOptions>,
  edit: (data: ReturnType<typeof buildSampleWorkshop>) => void = () => {},
) {
  const sample = buildSampleWorkshop('en', newId, new Date('2026-11-24T10:00:00Z'));
  edit(sample);
  const { doc, outline } = buildActionPlan(
    { ...sample, generatedAt: '2026-11-24T10:00:00Z' },
    createTranslator('en'),
    fonts,
    { ...DEFAULT_REPORT_OPTIONS, ...options },
  );
  return { ...pdfToText(doc.output('arraybuffer')), outline };
}

describe('PDF options and structure', () => {
  it('lists every section in the contents with the page where its heading really is', () => {
    const plan = render({});
    const contents = squash(plan.pageText(2));
    for (const entry of plan.outline.slice(1)) {
      expect(contents).toContain(`${entry.title} ${entry.page}`);
      expect(plan.pageText(entry.page)).toContain(entry.title);
    }
    expect(plan.outline.map((entry) => entry.title)).toEqual([
      'Contents',
      'Summary',
      'Current state',
      'Target state',
      'Development path',
    ]);
    for (let page = 2; page <= plan.pages; page += 1) {
      expect(plan.pageText(page)).toContain(`Page ${page} / ${plan.pages}`);
      expect(plan.pageText(page)).toContain(
        'Lakeheart Spa Hotel (sample) · Service culture workshop 2026',
      );
    }
  });

  it('prints on Letter paper and leaves out unchosen sections', () => {
    const plan = render({
      paper: 'letter',
      sections: { summary: false, current: false, target: true, path: true },
    });
    expect(plan.pageSize).toMatch(/^612 x 792 pts/);
    expect(plan.outline.map((entry) => entry.title)).toEqual([
      'Contents',
      'Target state',
      'Development path',
    ]);
    expect(render({}).pageSize).toMatch(/^595\.\d+ x 841\.\d+ pts \(A4\)/);
  });

  it('anonymises participants on the cover and in the ratings appendix', () => {
    const named = squash(render({ hasRatingsAppendix: true }).text);
    expect(named).toContain('Hotel manager (Management)');
    const anonymous = squash(render({ isAnonymous: true, hasRatingsAppendix: true }).text);
    expect(anonymous).not.toContain('Hotel manager (Management)');
    expect(anonymous).not.toContain('Spa therapist');
    expect(anonymous).toContain('Participants 6 (names withheld)');
    expect(anonymous).toContain('Participant 6');
    expect(anonymous).toContain('Appendix: ratings of the participants');
  });

  it('exports 200 actions and 2,000 evidence items in one file without losing any text', () => {
    const plan = render({ hasEvidenceAppendix: true }, (sample) => {
      const [action] = sample.actions;
      sample.actions = Array.from({ length: 200 }, (_, i) => ({
        ...action!,
        id: `a${i}`,
        order: i,
        title: `Toimenpide numero ${i} – pitkä otsikko, joka rivittyy useammalle riville taulukossa ilman katkeamista`,
      }));
      const [item] = sample.evidence;
      sample.evidence = Array.from({ length: 2000 }, (_, i) => ({
        ...item!,
        id: `e${i}`,
        text: `Havainto ${i}: asiakas odotti jonossa`,
      }));
    });
    const flat = squash(plan.text);
    for (let i = 0; i < 200; i += 1)
      expect(flat).toContain(`Toimenpide numero ${i} – pitkä otsikko`);
    for (let i = 0; i < 2000; i += 97)
      expect(flat).toContain(`Havainto ${i}: asiakas odotti jonossa`);
    expect(plan.pages).toBeGreaterThan(40);
  });
});
