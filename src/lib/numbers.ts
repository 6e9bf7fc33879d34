import type { Language } from '../domain/types';

const LOCALES: Record<Language, string> = { fi: 'fi-FI', en: 'en-GB' };

/** One decimal in the reader's convention: 3,5 in Finnish, 3.5 in English. */
export function formatOneDecimal(value: number, language: Language): string {
  return new Intl.NumberFormat(LOCALES[language], {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(value);
}
