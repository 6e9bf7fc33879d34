import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createBackup } from '../../src/domain/backup/backup';
import { mapFreeTexts, TEXT_FIELDS, type TextTable } from '../../src/domain/model/text-fields';
import { redactContent, scanContent } from '../../src/domain/privacy/redact-content';
import { buildSampleWorkshop } from '../../src/domain/sample/sample-workshop';
import { CONTENT_TABLES, type WorkshopContent } from '../../src/domain/workshop-content';
import { createTranslator, loadFeatureMessages } from '../../src/i18n';
import { redactionLabels } from '../../src/lib/redaction-labels';
import { buildActionPlan } from '../../src/pdf/build-action-plan';
import { readPdfFonts } from '../helpers/pdf-fonts';
import { pdfToText } from '../helpers/pdf-text';

const CODE = '131052-308T';
const FACILITATOR = 'Liisa Laine';
const PARTICIPANT = 'Pekka Virtanen';

beforeAll(() => loadFeatureMessages());

/** The sample workshop with an identity code in every free text the data model has. */
function plantedEverywhere(): WorkshopContent {
  let counter = 0;
  const content = buildSampleWorkshop('fi', () => `id-${(counter += 1)}`, new Date('2026-11-24'));
  const plant = (text: string) => `${text} ${CODE}`.trimStart();
  const record = content as unknown as Record<string, unknown[]>;
  for (const table of CONTENT_TABLES) {
    record[table] = record[table]!.map((row) => mapFreeTexts(table, row, plant));
  }
  content.evidence[0]!.tags = ['tag'];
  content.evidence = content.evidence.map((row) => mapFreeTexts('evidence', row, plant));
  content.workshop = mapFreeTexts('workshops', content.workshop, plant);
  content.workshop.facilitator = FACILITATOR;
  content.participants[0]!.name = PARTICIPANT;
  content.evidence[1]!.text = `${PARTICIPANT} ja ${FACILITATOR} olivat paikalla.`;
  return content;
}

function everyString(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(everyString);
  return [];
}

/** After the feature messages are loaded. */
const labels = () => redactionLabels('fi');

describe('redaction covers every free text of the data model', () => {
  it('plants the code in every declared free text of the sample', () => {
    const content = plantedEverywhere();
    const tables = new Set(scanContent(content).map((found) => found.table));
    for (const table of Object.keys(TEXT_FIELDS) as TextTable[]) {
      const hasRows = table === 'workshops' || (content[table as never] as unknown[]).length > 0;
      if (TEXT_FIELDS[table].free.length > 0 && hasRows) expect(tables).toContain(table);
    }
  });

  it('leaves none of the planted personal data in any string of a redacted backup', () => {
    const backup: unknown = JSON.parse(
      createBackup([redactContent(plantedEverywhere(), labels())], 'now'),
    );
    const leaks = everyString(backup).filter((text) =>
      [CODE, FACILITATOR, PARTICIPANT, 'Virtanen', 'Liisa'].some((data) => text.includes(data)),
    );
    expect(leaks).toEqual([]);
  });

  it('leaves none of it in the redacted PDF’s text or its Author field', () => {
    const copy = redactContent(plantedEverywhere(), labels());
    const { doc } = buildActionPlan(
      { ...copy, generatedAt: '2026-11-24T10:00:00Z' },
      createTranslator('fi'),
      readPdfFonts(),
      {
        sections: { summary: true, current: true, target: true, path: true },
        isAnonymous: false,
        hasEvidenceAppendix: true,
        hasRatingsAppendix: true,
        paper: 'a4',
        isRedacted: true,
      },
    );
    const bytes = doc.output('arraybuffer');
    const text = pdfToText(bytes).text.replace(/\s+/g, ' ');
    expect(text).toContain('[poistettu]');
    for (const data of [CODE, FACILITATOR, PARTICIPANT]) expect(text).not.toContain(data);
    const file = join(mkdtempSync(join(tmpdir(), 'redacted-pdf-')), 'plan.pdf');
    writeFileSync(file, new Uint8Array(bytes));
    expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).not.toContain('Liisa');
  });
});
