import { useState, type ReactNode } from 'react';

type Props = {
  summary: ReactNode;
  className?: string;
  /** Open from the start, e.g. right after the user asked for what is inside. */
  isInitiallyOpen?: boolean;
  children: ReactNode;
};

/**
 * A <details> whose content is rendered only once it is opened: a list of 200 actions or ten
 * reviews stays quick to open when each keeps dozens of fields folded away.
 */
export function LazyDetails({ summary, className, isInitiallyOpen = false, children }: Props) {
  const [isOpen, setOpen] = useState(isInitiallyOpen);
  return (
    <details
      className={className}
      open={isInitiallyOpen || undefined}
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary>{summary}</summary>
      {isOpen ? children : null}
    </details>
  );
}
