import { beforeAll, describe, expect, it } from 'vitest';
import { featureMessageModules } from '../../src/i18n/feature-messages';
import {
  coreMessageModules,
  createTranslator,
  dictionaries,
  loadFeatureMessages,
} from '../../src/i18n';

const modules = [...coreMessageModules, ...featureMessageModules];
beforeAll(() => loadFeatureMessages());
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('UI dictionaries', () => {
  it('have the same keys in Finnish and English in every module, none empty', () => {
    for (const module of modules) {
      expect(Object.keys(module.fi).sort()).toEqual(Object.keys(module.en).sort());
      for (const language of ['en', 'fi'] as const) {
        for (const [key, text] of Object.entries(module[language])) {
          expect(String(text).trim(), `${language}:${key}`).not.toBe('');
        }
      }
    }
  });

  it('never define the same key in two modules', () => {
    const keys = modules.flatMap((module) => Object.keys(module.en));
    expect(keys.filter((key, index) => keys.indexOf(key) !== index)).toEqual([]);
  });

  it('use the same placeholders in both languages', () => {
    for (const [key, text] of Object.entries(dictionaries.en)) {
      expect(placeholders(dictionaries.fi[key] ?? ''), key).toEqual(placeholders(text));
    }
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    const t = createTranslator('fi');
    expect(t('pdf.page', { page: 2, pages: 5 })).toBe('Sivu 2 / 5');
    expect(t('pdf.page')).toBe('Sivu {page} / {pages}');
  });
});
