import { readingAt } from '../../domain/indicator-readings';
import type { Indicator, Review } from '../../domain/types';
import { formatWordOfMouth } from '../../domain/word-of-mouth';
import type { Translate } from '../../i18n';

/** One review's answers on the routines; '' when none were given. */
function routineCheckSummary(review: Review, t: Translate): string {
  if (review.routineChecks.length === 0) return '';
  const count = (outcome: string) =>
    review.routineChecks.filter((check) => check.outcome === outcome).length;
  return t('routine.summary', {
    happened: count('happened'),
    partly: count('partly'),
    missed: count('missed'),
  });
}

/** "Indicators: Complaints about the reception 32%; Likelihood to recommend 8.4"; '' if none. */
function readingSummary(review: Review, indicators: readonly Indicator[], t: Translate): string {
  const read = indicators.flatMap((indicator, index) => {
    // A figure and its sign stay on one line in the narrow column ("32 %", not "32" then "%").
    const value = readingAt(review, indicator.id)
      .trim()
      .replace(/(\d) (?=[%‰€])/g, '$1\u00a0');
    const name = indicator.name.trim() || t('indicators.item', { n: index + 1 });
    return value ? [`${name} ${value}`] : [];
  });
  return read.length > 0 ? t('readings.atReview', { list: read.join('; ') }) : '';
}

/**
 * What a review recorded, for the follow-up table: its notes, whether the routines happened,
 * what the indicators read, word of mouth at the time and the change agent's report, each on its
 * own line.
 */
export function reviewNotes(
  review: Review,
  indicators: readonly Indicator[],
  t: Translate,
): string {
  const wordOfMouth = { good: review.wordOfMouthGood, bad: review.wordOfMouthBad };
  const report = review.changeAgentReport.trim();
  return [
    review.notes,
    routineCheckSummary(review, t),
    readingSummary(review, indicators, t),
    wordOfMouth.good !== null || wordOfMouth.bad !== null
      ? t('wom.atReview', { figure: formatWordOfMouth(wordOfMouth) })
      : '',
    report ? `${t('changeAgent.report')}: ${report}` : '',
  ]
    .filter(Boolean)
    .join('\n');
}
