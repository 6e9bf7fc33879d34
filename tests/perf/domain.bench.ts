/**
 * Benchmarks of the heavy pure work, run with `npm run bench` (never part of `npm test`).
 * The figures print as a table; budgets are in the names so a miss is easy to spot.
 */
import Papa from 'papaparse';
import { bench, describe } from 'vitest';
import { guessMapping, mapRows } from '../../src/domain/csv-import';
import { EMPTY_FILTER, filterEvidence } from '../../src/domain/evidence';
import { buildSampleWorkshop } from '../../src/domain/sample/sample-workshop';
import { createTranslator, loadFeatureMessages } from '../../src/i18n';
import { buildActionPlan } from '../../src/pdf/build-action-plan';
import { DEFAULT_REPORT_OPTIONS } from '../../src/domain/report-options';
import { readPdfFonts } from '../helpers/pdf-fonts';

let counter = 0;
const newId = () => `id-${(counter += 1)}`;
const fonts = readPdfFonts();
await loadFeatureMessages();
const sample = buildSampleWorkshop('fi', newId, new Date('2026-11-24T10:00:00Z'));
const large = structuredClone(sample);
large.actions = Array.from({ length: 200 }, (_, i) => ({
  ...sample.actions[0]!,
  id: `a${i}`,
  order: i,
  title: `Toimenpide ${i}: jonotiedote ja tervehdys heti`,
}));
large.evidence = Array.from({ length: 5000 }, (_, i) => ({
  ...sample.evidence[i % sample.evidence.length]!,
  id: `e${i}`,
  text: `${sample.evidence[i % sample.evidence.length]!.text} (${i})`,
}));
const t = createTranslator('fi');
const csv = Papa.unparse(
  {
    fields: ['Pvm', 'Palaute', 'Arvosana', 'Toimipiste'],
    data: Array.from({ length: 10_000 }, (_, i) => [
      `${(i % 28) + 1}.3.2026`,
      `Palaute numero ${i}: jono oli pitkä, mutta henkilökunta ystävällistä`,
      String((i % 5) + 1),
      `Piste ${i % 12}`,
    ]),
  },
  { delimiter: ';' },
);

describe('PDF export (budget: sample ≤ 1 s, large ≤ 4 s)', () => {
  bench(
    'sample workshop',
    () => {
      buildActionPlan({ ...sample, generatedAt: '2026-11-24T10:00:00Z' }, t, fonts).doc.output(
        'arraybuffer',
      );
    },
    { iterations: 5 },
  );
  bench(
    '200 actions, 5,000 evidence items in the appendix',
    () => {
      buildActionPlan({ ...large, generatedAt: '2026-11-24T10:00:00Z' }, t, fonts, {
        ...DEFAULT_REPORT_OPTIONS,
        hasEvidenceAppendix: true,
      }).doc.output('arraybuffer');
    },
    { iterations: 3 },
  );
});

describe('evidence board filtering of 5,000 items (budget ≤ 50 ms per keystroke)', () => {
  bench('search for one word', () => {
    filterEvidence(large.evidence, { ...EMPTY_FILTER, search: 'jono' });
  });
  bench('search plus tone filter', () => {
    filterEvidence(large.evidence, { ...EMPTY_FILTER, search: 'henkilökunta', tone: 'praise' });
  });
});

describe('CSV import of 10,000 rows (budget ≤ 3 s with preview)', () => {
  bench(
    'parse and map',
    () => {
      const rows = Papa.parse<string[]>(csv, { delimitersToGuess: [';', ','] }).data;
      mapRows(rows.slice(1), guessMapping(rows[0] ?? []), { kind: 'feedback', tone: 'neutral' });
    },
    { iterations: 5 },
  );
});
