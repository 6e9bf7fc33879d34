import type { PrincipleId } from '../../domain/principles';
import { useT } from '../../hooks/use-t';

/** What 1, 3 and 5 mean for a principle, so everyone rates against the same picture. */
export function PrincipleAnchors({ principleId }: { principleId: PrincipleId }) {
  const t = useT();
  return (
    <dl className="anchors" aria-label={t('rate.anchors')}>
      {(['1', '3', '5'] as const).map((score) => (
        <div key={score}>
          <dt>{score}</dt>
          <dd>{t(`principle.${principleId}.${score}`)}</dd>
        </div>
      ))}
    </dl>
  );
}
