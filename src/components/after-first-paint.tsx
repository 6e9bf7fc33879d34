import { lazy, Suspense, useSyncExternalStore, type ComponentType } from 'react';
import { afterFirstPaint, hasFirstPaint } from '../lib/after-first-paint';

function subscribeToFirstPaint(onPainted: () => void): () => void {
  let isSubscribed = true;
  void afterFirstPaint().then(() => {
    if (isSubscribed) onPainted();
  });
  return () => {
    isSubscribed = false;
  };
}

/**
 * A component whose code loads once the first screen has been painted (the parts that need the
 * database: Dexie and its chunk). Until then, and while its code loads, it renders `Fallback`
 * without suspending, so the first render does no lazy-loading work at all and paints sooner.
 */
export function lazyAfterFirstPaint<Props extends object>(
  load: () => Promise<ComponentType<Props>>,
  Fallback: ComponentType = () => null,
): ComponentType<Props> {
  const Loaded = lazy(() => load().then((Component) => ({ default: Component })));
  return function AfterFirstPaint(props: Props) {
    const isPainted = useSyncExternalStore(subscribeToFirstPaint, hasFirstPaint, () => false);
    if (!isPainted) return <Fallback />;
    return (
      <Suspense fallback={<Fallback />}>
        <Loaded {...props} />
      </Suspense>
    );
  };
}
