import { StrictMode, useEffect } from 'react';
import { flushSync } from 'react-dom';
import type { Root } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { lazyAfterFirstPaint } from '../components/after-first-paint';
import { createAppRouter } from './router';

// Registering the service worker starts its precache (every chunk, the PDF fonts): it waits
// until the app's first screen has painted.
const UpdatePrompt = lazyAfterFirstPaint(() =>
  import('./update-prompt').then((module) => module.UpdatePrompt),
);

/** Calls `onRender` once the app's first screen has been committed (again is harmless). */
function FirstRenderSignal({ onRender }: { onRender: () => void }) {
  useEffect(onRender, [onRender]);
  return null;
}

/**
 * The app with its router, rendered into the root in place of the first screen. Synchronously,
 * so the first screen is replaced within one task: no frame shows neither, and no click lands
 * in between.
 */
export function renderApp(root: Root, onFirstRender: () => void) {
  const router = createAppRouter();
  flushSync(() =>
    root.render(
      <StrictMode>
        <RouterProvider router={router} />
        <FirstRenderSignal onRender={onFirstRender} />
        <UpdatePrompt />
      </StrictMode>,
    ),
  );
}
