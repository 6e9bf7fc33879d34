import { describe, expect, it } from 'vitest';
import { PRINCIPLE_IDS } from '../../src/domain/principles';
import { SECTOR_IDS, SECTOR_TEMPLATES, templateContent } from '../../src/domain/templates';
import { ACTION_CATEGORIES, LANGUAGES } from '../../src/domain/types';

/** Every text of a template's content, flattened, for the "no empty strings" check. */
function allTexts(content: NonNullable<ReturnType<typeof templateContent>>): string[] {
  return [
    content.name,
    content.description,
    ...content.stages.flatMap((stage) => [stage.name, ...stage.touchpoints]),
    ...content.segments.flatMap((segment) => [segment.name, segment.needs]),
    ...content.evidenceSources,
    ...content.actionIdeas.map((idea) => idea.text),
  ];
}

describe('sector templates', () => {
  it('cover the five sectors, each once', () => {
    expect(SECTOR_TEMPLATES.map((template) => template.id)).toEqual([...SECTOR_IDS]);
    expect(SECTOR_IDS).toHaveLength(5);
  });

  it.each(SECTOR_TEMPLATES.map((template) => [template.id, template] as const))(
    '%s has the same number of items in Finnish and English',
    (_, template) => {
      const { en, fi } = template.content;
      expect(fi.stages.map((stage) => stage.touchpoints.length)).toEqual(
        en.stages.map((stage) => stage.touchpoints.length),
      );
      expect(fi.segments).toHaveLength(en.segments.length);
      expect(fi.evidenceSources).toHaveLength(en.evidenceSources.length);
      // The same idea in both languages: same principle and category in the same place.
      expect(fi.actionIdeas.map(({ principleId, category }) => [principleId, category])).toEqual(
        en.actionIdeas.map(({ principleId, category }) => [principleId, category]),
      );
    },
  );

  it.each(SECTOR_TEMPLATES.map((template) => [template.id, template] as const))(
    '%s proposes a journey, segments, sources and ideas with no empty or repeated text',
    (_, template) => {
      for (const language of LANGUAGES) {
        const content = template.content[language];
        expect(content.stages.length, language).toBeGreaterThanOrEqual(3);
        expect(content.stages.every((stage) => stage.touchpoints.length > 0)).toBe(true);
        expect(content.segments.length).toBeGreaterThanOrEqual(2);
        expect(content.evidenceSources.length).toBeGreaterThanOrEqual(2);
        expect(content.actionIdeas.length).toBeGreaterThanOrEqual(3);
        for (const text of allTexts(content)) expect(text.trim(), language).not.toBe('');
        // Idea titles become action titles, which the wizard matches by text.
        const titles = content.actionIdeas.map((idea) => idea.text);
        expect(new Set(titles).size).toBe(titles.length);
        for (const idea of content.actionIdeas) {
          expect(PRINCIPLE_IDS).toContain(idea.principleId);
          expect(ACTION_CATEGORIES).toContain(idea.category);
        }
      }
      // Finnish is a translation, not a copy of the English.
      expect(template.content.fi.name).not.toBe(template.content.en.name);
    },
  );

  it('finds content by id and language, and nothing for an empty or unknown id', () => {
    expect(templateContent('publicServices', 'fi')?.name).toBe('Julkiset ja kunnalliset palvelut');
    expect(templateContent('', 'en')).toBeUndefined();
    expect(templateContent('gone', 'en')).toBeUndefined();
  });
});
