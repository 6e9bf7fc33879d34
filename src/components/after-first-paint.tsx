import { createElement, useSyncExternalStore, type ComponentType } from 'react';
import { afterFirstPaint } from '../lib/after-first-paint';

/**
 * A component whose code loads once the first screen has been painted (the parts that need the
 * database: Dexie and its chunk). Until its code is there it renders `Fallback`.
 *
 * Not React.lazy: a lazy component suspends, and React holds back a Suspense boundary's content
 * until 300 ms after its fallback appeared, so a list whose code and data were ready sooner
 * still waited. Here the component shows as soon as its code has loaded. A failed load is thrown
 * while rendering, for the nearest error boundary.
 */
export function lazyAfterFirstPaint<Props extends object>(
  load: () => Promise<ComponentType<Props>>,
  Fallback: ComponentType = () => null,
): ComponentType<Props> {
  let loaded: ComponentType<Props> | undefined;
  let failure: Error | undefined;
  let loading: Promise<void> | undefined;
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((listener) => listener());

  const subscribe = (onChange: () => void) => {
    listeners.add(onChange);
    loading ??= afterFirstPaint()
      .then(load)
      .then(
        (component) => {
          loaded = component;
          notify();
        },
        (error: unknown) => {
          failure = error instanceof Error ? error : new Error(String(error));
          notify();
        },
      );
    return () => listeners.delete(onChange);
  };
  const state = () => loaded ?? failure;

  return function AfterFirstPaint(props: Props) {
    useSyncExternalStore(subscribe, state, () => undefined);
    if (failure) throw failure;
    return loaded ? createElement(loaded, props) : <Fallback />;
  };
}
