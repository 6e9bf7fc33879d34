import { effortBySegment } from '../../domain/segments';
import type { Action, Segment } from '../../domain/types';
import { useT } from '../../hooks/use-t';

/** How the actions and their effort spread over the customer segments, beside each one's importance. */
export function SegmentEffort({ actions, segments }: { actions: Action[]; segments: Segment[] }) {
  const t = useT();
  if (segments.length === 0) return null;
  const nameOf = new Map(
    segments.map((segment, index) => [
      segment.id,
      segment.name || t('segments.unnamed', { n: index + 1 }),
    ]),
  );
  const importanceOf = new Map(segments.map((segment) => [segment.id, segment.importance]));
  return (
    <section className="card" aria-labelledby="segment-effort-title">
      <h2 id="segment-effort-title">{t('segments.effortTitle')}</h2>
      <p className="muted">{t('segments.effortGuide')}</p>
      <div className="table-scroll">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('segments.segment')}</th>
              <th scope="col">{t('segments.importance')}</th>
              <th scope="col">{t('segments.actions')}</th>
              <th scope="col">{t('segments.effort')}</th>
            </tr>
          </thead>
          <tbody>
            {effortBySegment(actions, segments).map((row) => (
              <tr key={row.segmentId || 'none'}>
                <th scope="row">{nameOf.get(row.segmentId) ?? t('segments.none')}</th>
                <td>{importanceOf.get(row.segmentId) ?? '–'}</td>
                <td>{row.actions}</td>
                <td>
                  {row.effort}
                  {row.unrated > 0 ? ` (${t('segments.unrated', { count: row.unrated })})` : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
