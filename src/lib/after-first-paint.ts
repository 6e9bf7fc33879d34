let rendered: Promise<void> = Promise.resolve();
let painted: Promise<void> | undefined;

/**
 * Called by the app's entry before anything asks afterFirstPaint(): that then waits for the
 * returned callback, which the root calls once React has committed its first screen. Without it
 * (component tests) the first frame is enough.
 */
export function awaitFirstRender(): () => void {
  let done = () => {};
  rendered = new Promise((resolve) => (done = resolve));
  return done;
}

/**
 * Resolves once the page has painted a frame with the app's first screen (the first render, a
 * frame, then a task), and at once after that. The code that needs the database (Dexie and the
 * screens' data parts) waits for it, so loading and evaluating it never competes with React's
 * first render of the shell.
 */
export function afterFirstPaint(): Promise<void> {
  painted ??=
    typeof requestAnimationFrame === 'function'
      ? rendered.then(
          () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))),
        )
      : Promise.resolve();
  return painted;
}
