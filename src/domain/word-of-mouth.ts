/**
 * Word of mouth as two numbers: how many people a customer tells of a good experience and how
 * many of a bad one (the rule of thumb is "3/18"). The aim is not only to raise the first but
 * to shrink the second: fewer people hearing of bad experiences.
 */
import type { Review, Workshop } from './types';

export type WordOfMouth = { good: number | null; bad: number | null };

export const baselineOf = (workshop: Workshop): WordOfMouth => ({
  good: workshop.wordOfMouthGood,
  bad: workshop.wordOfMouthBad,
});

export const targetOf = (workshop: Workshop): WordOfMouth => ({
  good: workshop.wordOfMouthGoodTarget,
  bad: workshop.wordOfMouthBadTarget,
});

export const isSet = (figure: WordOfMouth) => figure.good !== null || figure.bad !== null;

/** "3/18"; a number not known yet shows as "–". */
export const formatWordOfMouth = ({ good, bad }: WordOfMouth) => `${good ?? '–'}/${bad ?? '–'}`;

/** A first target to start the conversation from: twice the good, a third fewer of the bad. */
export function suggestedTarget(baseline: WordOfMouth): { good: number; bad: number } {
  const good = baseline.good ?? 3;
  const bad = baseline.bad ?? 18;
  return { good: Math.min(1000, good * 2), bad: Math.round((bad * 2) / 3) };
}

export type WordOfMouthPoint = { reviewId: string; date: string; figure: WordOfMouth };

/** The baseline, then each review that recorded either number, in date order. */
export function wordOfMouthTrend(
  workshop: Workshop,
  reviews: readonly Pick<Review, 'id' | 'date' | 'wordOfMouthGood' | 'wordOfMouthBad'>[],
): WordOfMouthPoint[] {
  const measured = reviews
    .filter((review) => review.wordOfMouthGood !== null || review.wordOfMouthBad !== null)
    .sort((a, b) => (a.date || '9999').localeCompare(b.date || '9999'))
    .map((review) => ({
      reviewId: review.id,
      date: review.date,
      figure: { good: review.wordOfMouthGood, bad: review.wordOfMouthBad },
    }));
  return [{ reviewId: '', date: '', figure: baselineOf(workshop) }, ...measured];
}

/** Parses what was typed in a count field: null when empty, 'invalid' outside 0–1000. */
export function parseCount(text: string): number | null | 'invalid' {
  if (!text.trim()) return null;
  const value = Number(text);
  return Number.isInteger(value) && value >= 0 && value <= 1000 ? value : 'invalid';
}
