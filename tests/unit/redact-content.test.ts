import { describe, expect, it } from 'vitest';
import { createBackup, parseBackup } from '../../src/domain/backup/backup';
import type { Hit } from '../../src/domain/privacy/detect';
import {
  namesToFind,
  redactContent,
  scanContent,
  type RedactionLabels,
} from '../../src/domain/privacy/redact-content';
import { contextSegments, planEdits } from '../../src/domain/privacy/redaction-plan';
import { buildSampleWorkshop } from '../../src/domain/sample/sample-workshop';

const labels: RedactionLabels = {
  customer: '[asiakas]',
  staff: '[työntekijä]',
  participant: '[osallistuja]',
  removed: '[poistettu]',
  participantN: (n) => `Osallistuja ${n}`,
};

function sampleWithPersonalData() {
  const content = buildSampleWorkshop(
    'fi',
    () => crypto.randomUUID(),
    new Date('2026-03-01T10:00:00Z'),
  );
  content.workshop.redactionNames = [{ id: 'n1', name: 'Åsa Öhman', role: 'customer' }];
  content.participants[0]!.name = 'Pekka Virtanen';
  content.evidence[0]!.text =
    'Åsa Öhman soitti numerosta +358 40 1234567 ja kysyi Virtaselta laskusta.';
  content.ratings[0]!.comment = 'Hetu 131052-308T näkyi lomakkeella.';
  content.actions[0]!.owner = 'Pekka';
  content.workshop.weaknesses[0]!.text = 'Åsa Öhman joutui jonottamaan';
  return content;
}

describe('redacting a whole workshop', () => {
  it('finds hits in evidence, comments and actions, with the role of each name', () => {
    const content = sampleWithPersonalData();
    expect(namesToFind(content)).toContainEqual({ name: 'Åsa Öhman', role: 'customer' });
    const found = scanContent(content);
    const evidence = found.find((entry) => entry.rowId === content.evidence[0]!.id);
    expect(evidence?.hits.map((hit) => [hit.kind, hit.text, hit.role])).toEqual([
      ['name', 'Åsa Öhman', 'customer'],
      ['phone', '+358 40 1234567', 'removed'],
      ['name', 'Virtaselta', 'participant'],
    ]);
    expect(
      found.some((entry) => entry.table === 'ratings' && entry.hits[0]?.kind === 'identityCode'),
    ).toBe(true);
    expect(found.some((entry) => entry.table === 'actions' && entry.field === 'owner')).toBe(true);
  });

  it('makes a redacted copy for export and leaves the original as it was', () => {
    const content = sampleWithPersonalData();
    const before = structuredClone(content);
    const copy = redactContent(content, labels);
    expect(content).toEqual(before);
    expect(copy.evidence[0]!.text).toBe(
      '[asiakas] soitti numerosta [poistettu] ja kysyi [osallistuja] laskusta.',
    );
    expect(copy.ratings[0]!.comment).toBe('Hetu [poistettu] näkyi lomakkeella.');
    expect(copy.actions[0]!.owner).toBe('[osallistuja]');
    expect(copy.participants.map((participant) => participant.name).slice(0, 2)).toEqual([
      'Osallistuja 1',
      'Osallistuja 2',
    ]);
    expect(copy.workshop.redactionNames).toEqual([]);
    expect(copy.workshop.weaknesses[0]!.text).toBe('[asiakas] joutui jonottamaan');
    const backup = createBackup([copy], '2026-03-02T08:00:00.000Z');
    expect(backup).not.toMatch(/Åsa|Öhman|Virtanen|131052-308T|1234567/);
    // The redacted copy is still a valid backup.
    expect(parseBackup(backup).ok).toBe(true);
  });

  it('plans one edit per text and only for hits not kept', () => {
    const content = sampleWithPersonalData();
    const found = scanContent(content).filter((entry) => entry.rowId === content.evidence[0]!.id);
    const keepPhone = (_: unknown, hit: Hit) => (hit.kind === 'phone' ? 'keep' : hit.role);
    expect(planEdits(found, keepPhone, labels)).toEqual([
      {
        table: 'evidence',
        rowId: content.evidence[0]!.id,
        field: 'text',
        before: content.evidence[0]!.text,
        after: '[asiakas] soitti numerosta +358 40 1234567 ja kysyi [osallistuja] laskusta.',
      },
    ]);
    expect(planEdits(found, () => 'keep', labels)).toEqual([]);
  });

  it('shows each hit in context and shortens long stretches between them', () => {
    const text = `${'a'.repeat(300)} matti@example.fi ${'b'.repeat(300)}`;
    const hit: Hit = {
      kind: 'email',
      start: 301,
      end: 317,
      text: 'matti@example.fi',
      role: 'removed',
    };
    const segments = contextSegments(text, [hit]);
    expect(segments).toHaveLength(3);
    expect(segments[1]).toEqual({ hitIndex: 0 });
    const [first, , last] = segments as { text: string }[];
    expect(first!.text.startsWith('…')).toBe(true);
    expect(last!.text.endsWith('…')).toBe(true);
    expect(first!.text.length).toBeLessThan(70);
  });
});
