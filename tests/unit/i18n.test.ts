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

/** Messages that are rightly the same in Finnish and English, each with the reason. */
const REVIEWED_SAME: Record<string, string> = {
  'app.name': 'the product’s proper name',
  'app.language.fi': 'each language is named in itself, so a reader finds their own',
  'app.language.en': 'each language is named in itself, so a reader finds their own',
  'status.idea': 'OK: “idea” is the Finnish word too',
  'room.idea': 'OK: “idea” is the Finnish word too',
  'report.a4': 'a paper size’s name',
  'report.letter': 'a paper size’s name; Finnish uses the US name as it is',
  'target.notSet': 'a dash, no words',
  'agenda.hoursMinutes': 'h and min are the same unit symbols in both languages',
  'agenda.minutesOnly': 'min is the same unit symbol in both languages',
  'timer.addMinute': 'min is the same unit symbol in both languages',
  'trend.point': 'placeholders only: a chart point read out as "label value"',
  'trend.description': 'placeholders only: a chart read out as "title: points"',
  'present.staffLine': 'placeholders only: a staff statement and its mean, "name: mean"',
};

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

  it('differ between Finnish and English, with the same placeholders, except where reviewed', () => {
    const needsReview = Object.entries(dictionaries.en)
      .filter(([key, en]) => {
        const fi = dictionaries.fi[key] ?? '';
        return fi === en || placeholders(fi).join() !== placeholders(en).join();
      })
      .map(([key]) => key)
      .sort();
    // A new entry here needs a reason: an untranslated text or a lost placeholder is a defect.
    expect(needsReview).toEqual(Object.keys(REVIEWED_SAME).sort());
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    const t = createTranslator('fi');
    expect(t('pdf.page', { page: 2, pages: 5 })).toBe('Sivu 2 / 5');
    expect(t('pdf.page')).toBe('Sivu {page} / {pages}');
  });
});
