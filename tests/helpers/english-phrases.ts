import { dictionaries, registerMessages } from '../../src/i18n';
import { featureMessageModules } from '../../src/i18n/feature-messages';

// Every screen's messages, as the app has them once its screens have loaded.
registerMessages(featureMessageModules);

/**
 * Every English phrase of the UI that Finnish does not share: the literal parts of the English
 * messages (between placeholders) that hold a word of four letters or more.
 */
export function englishOnlyPhrases(): string[] {
  const phrases = Object.entries(dictionaries.en)
    .filter(([key, en]) => dictionaries.fi[key] !== en)
    .flatMap(([, en]) => en.split(/\{\w+\}/))
    .map((part) => part.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''))
    .filter((part) => /\p{L}{4,}/u.test(part));
  return [...new Set(phrases)];
}

/** The English phrases found in a text, each as a whole word or words. */
export function englishIn(text: string): string[] {
  const flat = text.replace(/\s+/g, ' ');
  return englishOnlyPhrases().filter((phrase) => {
    const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(`(^|[^\\p{L}])${escaped}($|[^\\p{L}])`, 'u').test(flat);
  });
}
