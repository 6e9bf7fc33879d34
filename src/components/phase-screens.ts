import type { ComponentType } from 'react';
import type { PhaseSlug } from '../config/paths';
import type { MessageKey } from '../i18n';

/** One sub-page of a phase: its URL part, its link text, and how its screen loads. */
export type PhaseScreen<Part extends string = string> = {
  /** The URL segment after the phase's own; '' is the phase's first page. */
  part: Part;
  label: MessageKey;
  /** Loads the screen on its first visit (the service worker keeps it for offline use). */
  lazy: () => Promise<ComponentType>;
};

/** A phase's sub-pages in the order of its sub-navigation; the router reads the same table. */
export type PhaseTable<Part extends string = string> = {
  phase: Exclude<PhaseSlug, 'report'>;
  /** The sub-navigation's name for screen readers. */
  nav: MessageKey;
  screens: readonly PhaseScreen<Part>[];
};

type MissingParts<Part extends string, Table extends PhaseTable<Part>> = Exclude<
  Part,
  Table['screens'][number]['part']
>;

/**
 * A phase's table, checked to have a screen for every part that config/paths.ts links to:
 * adding a sub-page is one entry here and its part in paths.ts, which the compiler insists on.
 */
export function definePhase<Part extends string>() {
  return <const Table extends PhaseTable<Part>>(
    table: Table &
      ([MissingParts<Part, Table>] extends [never]
        ? unknown
        : { missingScreensFor: MissingParts<Part, Table> }),
  ): Table => table;
}
