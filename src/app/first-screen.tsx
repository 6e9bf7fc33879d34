import { FirstHomeContent } from '../features/workshops/first-home';
import { SaveIndicatorPlace, ShellLayout } from './shell-layout';

/**
 * The home page drawn at once, before the router, the app's screens and the database have
 * loaded (src/main.tsx): the same frame and controls the app shell then takes over.
 */
export function FirstScreen() {
  return (
    <ShellLayout saveIndicator={<SaveIndicatorPlace />}>
      <FirstHomeContent />
    </ShellLayout>
  );
}
