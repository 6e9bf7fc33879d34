let painted: Promise<void> | undefined;

/**
 * Resolves once the page has painted a frame after the app started (a frame, then a task), and
 * at once after that. The code that needs the database (Dexie and the screens' data parts) waits
 * for it, so loading and evaluating it never delays the first frame with the shell.
 */
export function afterFirstPaint(): Promise<void> {
  painted ??=
    typeof requestAnimationFrame === 'function'
      ? new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))
      : Promise.resolve();
  return painted;
}
