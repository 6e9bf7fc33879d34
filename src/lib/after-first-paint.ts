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

/** The next task after the coming frame has been painted: a message, as React's scheduler does. */
function afterNextPaint(): Promise<void> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(null);
    }),
  );
}

/**
 * Resolves once the page has painted a frame with the app's first screen (the first render, a
 * frame, then a task), and at once after that. The code that needs the database (Dexie and the
 * screens' data parts) waits for it, so loading and evaluating it never competes with React's
 * first render of the shell.
 */
export function afterFirstPaint(): Promise<void> {
  painted ??=
    typeof requestAnimationFrame === 'function' ? rendered.then(afterNextPaint) : Promise.resolve();
  return painted;
}
