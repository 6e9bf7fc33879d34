import { useT } from '../../hooks/use-t';

/** Questions the facilitator reads aloud; collapsible so they don't crowd the screen. */
export function GuidingQuestions({ text }: { text: string }) {
  const t = useT();
  return (
    <details className="guiding-questions" open>
      <summary>{t('evidence.guideTitle')}</summary>
      <p>{text}</p>
    </details>
  );
}
