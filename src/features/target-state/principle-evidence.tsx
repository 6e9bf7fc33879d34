import { useMemo } from 'react';
import { Link } from 'react-router';
import { paths } from '../../config/paths';
import { evidenceForPrinciple } from '../../domain/principle-evidence';
import type { PrincipleId } from '../../domain/principles';
import type { EvidenceItem } from '../../domain/types';
import { useT } from '../../hooks/use-t';

const EXAMPLES = 3;
const EXCERPT = 160;

type Props = {
  workshopId: string;
  principleId: PrincipleId;
  /** The workshop's evidence; undefined while loading. */
  items: readonly EvidenceItem[] | undefined;
};

const excerpt = (text: string) =>
  text.length > EXCERPT ? `${text.slice(0, EXCERPT - 1).trimEnd()}…` : text;

type ExamplesProps = { items: EvidenceItem[]; title: string; tone: 'praise' | 'complaint' };

function Examples({ items, title, tone }: ExamplesProps) {
  const t = useT();
  return (
    <div className={`grounding-side ${tone}`}>
      <h4>{title}</h4>
      {items.length === 0 ? (
        <p className="muted">{t('grounding.none')}</p>
      ) : (
        <ul>
          {items.slice(0, EXAMPLES).map((item) => (
            <li key={item.id}>{excerpt(item.text)}</li>
          ))}
          {items.length > EXAMPLES ? (
            <li className="muted">{t('grounding.more', { count: items.length - EXAMPLES })}</li>
          ) : null}
        </ul>
      )}
    </div>
  );
}

/**
 * The tagged evidence for (praise) and against (complaints) one principle, folded into one line
 * until opened, so the group rates against facts without crowding the projector.
 */
export function PrincipleEvidence({ workshopId, principleId, items }: Props) {
  const t = useT();
  const evidence = useMemo(
    () => evidenceForPrinciple(items ?? [], principleId),
    [items, principleId],
  );
  if (items === undefined) return null;
  const { praise, complaint } = evidence;
  return (
    <details className="principle-evidence">
      <summary>
        {t('grounding.summary', { praise: praise.length, complaint: complaint.length })}
        <span className="visually-hidden"> – {t(`principle.${principleId}`)}</span>
      </summary>
      {praise.length + complaint.length === 0 ? (
        <p className="muted">
          {t('grounding.empty')}{' '}
          <Link to={paths.currentPart(workshopId, 'evidence')}>{t('grounding.open')}</Link>
        </p>
      ) : (
        <div className="grounding-sides">
          <Examples
            items={praise}
            tone="praise"
            title={t('grounding.for', { count: praise.length })}
          />
          <Examples
            items={complaint}
            tone="complaint"
            title={t('grounding.against', { count: complaint.length })}
          />
        </div>
      )}
    </details>
  );
}
