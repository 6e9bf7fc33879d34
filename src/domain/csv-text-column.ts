/**
 * Which column of a CSV holds the free text: the one whose values read like sentences. Header
 * words mislead ("Vastaus-ID" contains "vastaus"), so the values decide when there are any.
 */

/** Words with letters separated by spaces; numbers, dates, codes and ids are not free text. */
function looksLikeFreeText(value: string): boolean {
  const text = value.trim();
  return /\p{L}{2,}/u.test(text) && /\s/.test(text) && !/^[\d\s.,:;/#+-]+$/.test(text);
}

/** Average length of a column's values, counting values that are not free text as 0. */
export function freeTextScore(rows: readonly (readonly string[])[], column: number): number {
  const values = rows.map((row) => (row[column] ?? '').trim()).filter(Boolean);
  if (values.length === 0) return 0;
  const total = values.reduce(
    (sum, value) => sum + (looksLikeFreeText(value) ? value.length : 0),
    0,
  );
  return total / values.length;
}

/** The column with the longest free text on average, or -1 when no column has any. */
export function guessTextColumn(rows: readonly (readonly string[])[], columns: number): number {
  let best = -1;
  let bestScore = 0;
  for (let column = 0; column < columns; column++) {
    const score = freeTextScore(rows, column);
    if (score > bestScore) [best, bestScore] = [column, score];
  }
  return best;
}
