import { describe, expect, it } from 'vitest';
import { createBackup, parseBackup } from '../../src/domain/backup/backup';
import { buildSampleWorkshop } from '../../src/domain/sample/sample-workshop';

let counter = 0;
const sample = () =>
  buildSampleWorkshop(
    'en',
    () => `00000000-0000-4000-8000-${String((counter += 1)).padStart(12, '0')}`,
    new Date('2026-11-24T10:00:00Z'),
  );

describe('principle tags in backups', () => {
  it('keeps accepted and rejected principles', () => {
    const content = sample();
    content.evidence[0]!.rejectedPrincipleIds = ['smoothness', 'communication'];
    const result = parseBackup(createBackup([content], '2026-11-24T12:00:00.000Z'));
    expect(result.ok && result.workshops[0]!.evidence[0]).toMatchObject({
      principleIds: content.evidence[0]!.principleIds,
      rejectedPrincipleIds: ['smoothness', 'communication'],
    });
    expect(content.evidence[0]!.principleIds.length).toBeGreaterThan(0);
  });

  it('reads a backup written before rejections were stored as having none', () => {
    const content = sample();
    const file = JSON.parse(createBackup([content], '2026-11-24T12:00:00.000Z')) as {
      workshops: { evidence: Record<string, unknown>[] }[];
    };
    for (const item of file.workshops[0]!.evidence) delete item.rejectedPrincipleIds;
    const result = parseBackup(JSON.stringify(file));
    expect(
      result.ok &&
        result.workshops[0]!.evidence.every((item) => item.rejectedPrincipleIds?.length === 0),
    ).toBe(true);
  });

  it('refuses an unknown principle id', () => {
    const content = sample();
    const file = JSON.parse(createBackup([content], '2026-11-24T12:00:00.000Z')) as {
      workshops: { evidence: Record<string, unknown>[] }[];
    };
    file.workshops[0]!.evidence[0]!.rejectedPrincipleIds = ['kindness'];
    expect(parseBackup(JSON.stringify(file)).ok).toBe(false);
  });
});
