import type { Language } from '../domain/types';

const LOCALES: Record<Language, string> = { fi: 'fi-FI', en: 'en-GB' };

// One formatter per language: building one per number is slow in long tables.
const formatters = new Map<Language, Intl.NumberFormat>();

/** One decimal in the reader's convention: 3,5 in Finnish, 3.5 in English. */
export function formatOneDecimal(value: number, language: Language): string {
  let formatter = formatters.get(language);
  if (!formatter) {
    formatter = new Intl.NumberFormat(LOCALES[language], {
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
    });
    formatters.set(language, formatter);
  }
  return formatter.format(value);
}

/** A mean or other figure with one decimal, or a dash when there is none yet. */
export function formatOrDash(value: number | null, language: Language): string {
  return value === null ? '–' : formatOneDecimal(value, language);
}

/** The lowest to highest score, e.g. "2–5", or a dash when nothing was scored. */
export function formatRange(min: number | null, max: number | null): string {
  return min === null ? '–' : `${min}–${max}`;
}

const figureFormatters = new Map<Language, Intl.NumberFormat>();

/** A measured figure as the reader writes it, up to two decimals: 8,4 / 8.4, 1 200 / 1,200. */
export function formatFigure(value: number, language: Language): string {
  let formatter = figureFormatters.get(language);
  if (!formatter) {
    formatter = new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: 2 });
    figureFormatters.set(language, formatter);
  }
  return formatter.format(value);
}
