import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_REPORT_OPTIONS, type ReportOptions } from '../../src/domain/report-options';
import { buildSampleWorkshop } from '../../src/domain/sample/sample-workshop';
import { createTranslator, loadFeatureMessages } from '../../src/i18n';
import { buildActionPlan } from '../../src/pdf/build-action-plan';
import { plannedSections, progressPercent, type PlanProgress } from '../../src/pdf/plan-progress';
import { readPdfFonts } from '../helpers/pdf-fonts';

const fonts = readPdfFonts();
beforeAll(() => loadFeatureMessages());
let counter = 0;
const newId = () => `id-${(counter += 1)}`;

function build(options: ReportOptions) {
  const sample = buildSampleWorkshop('en', newId, new Date('2026-11-24T10:00:00Z'));
  const data = { ...sample, generatedAt: '2026-11-24T10:00:00Z' };
  const events: PlanProgress[] = [];
  const { doc, outline } = buildActionPlan(data, createTranslator('en'), fonts, options, (p) =>
    events.push(p),
  );
  return { data, events, outline, pages: doc.getNumberOfPages() };
}

const withAppendices = {
  ...DEFAULT_REPORT_OPTIONS,
  hasEvidenceAppendix: true,
  hasRatingsAppendix: true,
};
const pathOnly: ReportOptions = {
  ...DEFAULT_REPORT_OPTIONS,
  sections: { summary: false, current: false, target: false, path: true },
};

describe('the PDF export’s progress', () => {
  it.each([
    ['the default options', DEFAULT_REPORT_OPTIONS],
    ['both appendices', withAppendices],
    ['the path only', pathOnly],
  ])('with %s, plans as many sections as the plan has, and tells each in order', (_, options) => {
    const { data, events, outline, pages } = build(options);
    // The outline's first entry is the contents page, which is no section.
    const sections = outline.length - 1;
    expect(plannedSections(data, options)).toBe(sections);
    const drawing = events.filter((event) => event.stage === 'drawing');
    expect([...new Set(drawing.map((event) => event.section))]).toEqual(
      Array.from({ length: sections }, (_, index) => index + 1),
    );
    expect(drawing.map((event) => event.title)).toContain(outline.at(-1)!.title);
    // Pages only grow, up to the plan's last page.
    const counts = drawing.map((event) => event.pages);
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
    expect(counts.at(-1)).toBeLessThanOrEqual(pages);
  });

  it('moves the bar a step per finished section and one for writing the file', () => {
    const drawing = (section: number): PlanProgress => ({
      stage: 'drawing',
      section,
      sections: 3,
      title: 'x',
      pages: 1,
    });
    expect(progressPercent(null)).toBe(0);
    expect(progressPercent({ stage: 'preparing' })).toBe(0);
    expect([1, 2, 3].map((section) => progressPercent(drawing(section)))).toEqual([0, 25, 50]);
    expect(progressPercent({ stage: 'saving', sections: 3, pages: 9 })).toBe(75);
    // A section more than planned never takes the bar past the end.
    expect(progressPercent(drawing(7))).toBe(100);
  });
});
