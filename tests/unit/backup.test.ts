import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createBackup, parseBackup, parseJsonSafely } from '../../src/domain/backup/backup';
import { buildSampleWorkshop } from '../../src/domain/sample/sample-workshop';
import type { WorkshopContent } from '../../src/domain/workshop-content';

let counter = 0;
const sample = (language: 'fi' | 'en' = 'fi') =>
  buildSampleWorkshop(
    language,
    () => `00000000-0000-4000-8000-${String((counter += 1)).padStart(12, '0')}`,
    new Date('2026-11-24T10:00:00Z'),
  );

describe('backup format', () => {
  it('round-trips a full sample workshop without loss', () => {
    const content = sample();
    const result = parseBackup(createBackup([content], '2026-11-24T12:00:00.000Z'));
    expect(result).toEqual({
      ok: true,
      workshops: [content],
      exportedAt: '2026-11-24T12:00:00.000Z',
      isRedacted: false,
    });
  });

  it('export → import → export gives the same file for any texts (property)', () => {
    const anyText = fc.oneof(
      fc.string({ maxLength: 50 }),
      fc.string({ unit: 'grapheme', maxLength: 50 }),
      fc.constant('<img src=x onerror=alert(1)>'),
    );
    fc.assert(
      fc.property(
        anyText,
        anyText,
        fc.array(anyText, { maxLength: 5 }),
        (statement, title, strengths) => {
          const content: WorkshopContent = sample('en');
          content.workshop.currentStatement = statement;
          content.workshop.title = `T${title}`;
          content.workshop.strengths = strengths.map((text, i) => ({ id: `s${i}`, text }));
          content.evidence = content.evidence
            .slice(0, 2)
            .map((item) => ({ ...item, text: statement }));
          const first = createBackup([content], '2026-11-24T12:00:00.000Z');
          const parsed = parseBackup(first);
          expect(parsed.ok).toBe(true);
          if (!parsed.ok) return;
          expect(parsed.workshops).toEqual([content]);
          const again = parseBackup(createBackup(parsed.workshops, '2026-11-24T12:00:00.000Z'));
          expect(again.ok && again.workshops).toEqual(parsed.workshops);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('names what is wrong with a file that is not a backup, truncated, newer or invalid', () => {
    const good = createBackup([sample()], '2026-11-24T12:00:00.000Z');
    expect(parseBackup('hello')).toMatchObject({ ok: false, code: 'notJson' });
    expect(parseBackup(good.slice(0, good.length / 2))).toMatchObject({
      ok: false,
      code: 'truncated',
    });
    expect(parseBackup('{"format":"something-else"}')).toMatchObject({
      ok: false,
      code: 'notBackup',
    });
    expect(parseBackup('[1,2,3]')).toMatchObject({ ok: false, code: 'notBackup' });
    expect(parseBackup(good.replace('"version": 1', '"version": 7'))).toMatchObject({
      ok: false,
      code: 'newerVersion',
    });
    const wrongType = JSON.parse(good) as { workshops: { workshop: { title: unknown } }[] };
    wrongType.workshops[0]!.workshop.title = 42;
    const wrong = parseBackup(JSON.stringify(wrongType));
    expect(wrong).toMatchObject({ ok: false, code: 'invalid' });
    expect(!wrong.ok && wrong.detail).toContain('workshops.0.workshop.title');
    const outOfRange = JSON.parse(good) as { workshops: { ratings: { score: unknown }[] }[] };
    outOfRange.workshops[0]!.ratings[0]!.score = 9;
    expect(parseBackup(JSON.stringify(outOfRange))).toMatchObject({ ok: false, code: 'invalid' });
  });

  it('never lets __proto__ or constructor keys reach objects', () => {
    const hostile =
      '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"format":"palvelupolku-backup"}';
    const parsed = parseJsonSafely(hostile) as Record<string, unknown>;
    expect(Object.keys(parsed)).toEqual(['format']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(parseBackup(hostile)).toMatchObject({ ok: false, code: 'invalid' });
  });

  it('survives arbitrary JSON without throwing (property)', () => {
    fc.assert(
      fc.property(fc.json(), (json) => {
        const result = parseBackup(json);
        expect(result.ok).toBe(false);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
    );
  });

  it('refuses a file over 50 MB before parsing it', () => {
    const huge = `{"format":"palvelupolku-backup","pad":"${'x'.repeat(50 * 1024 * 1024)}"}`;
    expect(parseBackup(huge)).toEqual({ ok: false, code: 'tooLarge' });
  });

  it('cuts over-long texts instead of refusing the file', () => {
    const content = sample();
    content.workshop.currentStatement = 'x'.repeat(50_000);
    const result = parseBackup(createBackup([content], '2026-11-24T12:00:00.000Z'));
    expect(result.ok && result.workshops[0]?.workshop.currentStatement.length).toBe(20_000);
  });
});

describe('a redacted backup', () => {
  it('says so in its header, and the import reads the mark; a full backup has none', () => {
    const content = buildSampleWorkshop('fi', () => crypto.randomUUID(), new Date('2026-03-01'));
    const redacted = createBackup([content], '2026-03-02T08:00:00.000Z', { isRedacted: true });
    expect((JSON.parse(redacted) as { redacted?: boolean }).redacted).toBe(true);
    expect(parseBackup(redacted)).toMatchObject({ ok: true, isRedacted: true });
    const full = createBackup([content], '2026-03-02T08:00:00.000Z');
    expect(full).not.toContain('"redacted"');
    expect(parseBackup(full)).toMatchObject({ ok: true, isRedacted: false });
  });
});
