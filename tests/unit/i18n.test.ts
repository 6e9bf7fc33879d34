import { describe, expect, it } from 'vitest';
import { createTranslator, dictionaries } from '../../src/i18n';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('UI dictionaries', () => {
  it('have the same keys in Finnish and English, none empty', () => {
    const en = Object.keys(dictionaries.en).sort();
    const fi = Object.keys(dictionaries.fi).sort();
    expect(fi).toEqual(en);
    for (const language of ['en', 'fi'] as const) {
      for (const [key, text] of Object.entries(dictionaries[language])) {
        expect(text.trim(), `${language}:${key}`).not.toBe('');
      }
    }
  });

  it('use the same placeholders in both languages', () => {
    for (const [key, text] of Object.entries(dictionaries.en)) {
      const finnish = dictionaries.fi[key as keyof typeof dictionaries.fi];
      expect(placeholders(finnish), key).toEqual(placeholders(text));
    }
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    const t = createTranslator('fi');
    expect(t('pdf.page', { page: 2, pages: 5 })).toBe('Sivu 2 / 5');
    expect(t('pdf.page')).toBe('Sivu {page} / {pages}');
  });
});
