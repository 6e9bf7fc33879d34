type Props = { title: string; question: string; intro: string };

/** The heading of a phase: its name, the one question it answers, and a short guide. */
export function PhaseHeader({ title, question, intro }: Props) {
  return (
    <header className="phase-header">
      <h1>{title}</h1>
      <p className="phase-question">{question}</p>
      <p className="muted">{intro}</p>
    </header>
  );
}
