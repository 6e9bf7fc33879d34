import { lazyAfterFirstPaint } from './after-first-paint';

// The watch needs the database (Dexie): it loads beside the first screen, not before it.
const ConnectionWatch = lazyAfterFirstPaint(() =>
  import('./connection-watch').then((module) => module.ConnectionWatch),
);

/** Database connection problems as notices (shown by <Notices />); renders nothing itself. */
export function ConnectionNotice() {
  return <ConnectionWatch />;
}
