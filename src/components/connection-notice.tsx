import { lazy, Suspense } from 'react';
import { afterFirstPaint } from '../lib/after-first-paint';

// The watch needs the database (Dexie): it loads beside the first screen, not before it.
const ConnectionWatch = lazy(() =>
  afterFirstPaint()
    .then(() => import('./connection-watch'))
    .then((module) => ({ default: module.ConnectionWatch })),
);

/** Database connection problems as notices (shown by <Notices />); renders nothing itself. */
export function ConnectionNotice() {
  return (
    <Suspense fallback={null}>
      <ConnectionWatch />
    </Suspense>
  );
}
