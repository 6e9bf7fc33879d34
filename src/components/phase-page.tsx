import type { ReactNode } from 'react';

type Props = {
  title: string;
  /** The one question the screen answers. */
  question: string;
  /** A short guide. */
  intro: string;
  className?: string;
  children: ReactNode;
};

/** A phase screen: its name, the one question it answers and a short guide, then its content. */
export function PhasePage({ title, question, intro, className, children }: Props) {
  return (
    <section className={className ? `page phase ${className}` : 'page phase'}>
      <header className="phase-header">
        <h1>{title}</h1>
        <p className="phase-question">{question}</p>
        <p className="muted">{intro}</p>
      </header>
      {children}
    </section>
  );
}
