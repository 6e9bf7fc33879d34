/**
 * Rows per slice when thousands are checked or written (a restore, a CSV import). IndexedDB
 * clones each written row on the page's thread; a few hundred at a time keep every task short
 * enough for the page to answer a key in between.
 */
export const SLICE_ROWS = 500;

export function slicesOf<T>(items: readonly T[], size = SLICE_ROWS): T[][] {
  const slices: T[][] = [];
  for (let start = 0; start < items.length; start += size)
    slices.push(items.slice(start, start + size));
  return slices;
}

/** Lets the page handle input and paint before the next slice of work. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
