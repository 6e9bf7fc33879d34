import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACTION_IDEAS } from '../../src/domain/action-ideas';
import { templateAgenda } from '../../src/domain/agenda';
import { JOURNEY_TEMPLATES } from '../../src/domain/journey-templates';
import { buildSampleWorkshop } from '../../src/domain/sample/sample-workshop';
import { SECTOR_TEMPLATES } from '../../src/domain/templates';
import { LANGUAGES } from '../../src/domain/types';
import { dictionaries, registerMessages } from '../../src/i18n';
import { featureMessageModules } from '../../src/i18n/feature-messages';

// Every screen's messages, as the app has them once its screens have loaded.
registerMessages(featureMessageModules);

/** The "Avoid" column of docs/glossary.md: words that must not come back. */
function avoidedTerms(): string[] {
  const doc = readFileSync(resolve(process.cwd(), 'docs/glossary.md'), 'utf8');
  return doc
    .split('\n')
    .filter((line) => line.startsWith('|') && !line.startsWith('| ---'))
    .slice(1)
    .flatMap((line) => (line.split('|')[3] ?? '').replace(/\([^)]*\)/g, '').split(','))
    .map((term) => term.trim())
    .filter(Boolean);
}

/**
 * Finnish inflects: "kosketuspiste" must also catch "kosketuspisteineen". A term matches at the
 * start of a word, without its last two letters.
 */
function pattern(term: string): RegExp {
  const stem = term.length > 6 ? term.slice(0, -2) : term;
  const escaped = stem.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^\\p{L}])${escaped}`, 'iu');
}

/** Every text the app writes or shows: messages, sample workshop, templates, agenda, ideas. */
function allTexts(): string[] {
  const samples = LANGUAGES.map((language) => {
    let n = 0;
    return buildSampleWorkshop(language, () => `id-${n++}`, new Date('2026-12-01T08:00:00Z'));
  });
  const data = JSON.stringify([
    samples,
    SECTOR_TEMPLATES,
    JOURNEY_TEMPLATES,
    ACTION_IDEAS,
    LANGUAGES.map(templateAgenda),
  ]);
  // Only the string values: ids and keys such as quickWinRank are code, not words.
  const values = [...data.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((match) => match[1] ?? '');
  return [...Object.values(dictionaries.en), ...Object.values(dictionaries.fi), ...values];
}

describe('docs/glossary.md', () => {
  it('lists the avoided words', () => {
    expect(avoidedTerms()).toEqual(expect.arrayContaining(['kosketuspiste', 'quick win']));
  });

  it('is followed: no text uses a word the glossary says to avoid', () => {
    const texts = allTexts();
    const found = avoidedTerms().flatMap((term) =>
      texts.filter((text) => pattern(term).test(text)).map((text) => `${term}: ${text}`),
    );
    expect(found).toEqual([]);
  });
});
