import { useState, type ReactNode } from 'react';

type Props = { summary: ReactNode; className?: string; children: ReactNode };

/**
 * A <details> whose content is rendered only once it is opened: a list of 200 actions or ten
 * reviews stays quick to open when each keeps dozens of fields folded away.
 */
export function LazyDetails({ summary, className, children }: Props) {
  const [isOpen, setOpen] = useState(false);
  return (
    <details className={className} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{summary}</summary>
      {isOpen ? children : null}
    </details>
  );
}
