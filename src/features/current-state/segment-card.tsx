import { useId } from 'react';
import { ScoreSelect } from '../../components/score-select';
import { useDraft } from '../../components/use-draft';
import { deleteSegment, restoreSegment, updateSegment } from '../../db/repositories/current-state';
import { LIMITS } from '../../domain/limits';
import type { Segment } from '../../domain/types';
import { useReportError } from '../../hooks/use-storage-error-notice';
import { useT } from '../../i18n/use-t';
import { useNoticeStore } from '../../stores/notice-store';

function SegmentText({
  segment,
  field,
  label,
  isLong,
}: {
  segment: Segment;
  field: 'name' | 'description' | 'needs';
  label: string;
  isLong?: boolean;
}) {
  const id = useId();
  const [value, setValue] = useDraft(`segment:${segment.id}:${field}`, segment[field], (text) =>
    updateSegment(segment.id, { [field]: text }),
  );
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {isLong ? (
        <textarea
          id={id}
          rows={2}
          value={value}
          maxLength={LIMITS.longText}
          onChange={(event) => setValue(event.target.value)}
        />
      ) : (
        <input
          id={id}
          type="text"
          value={value}
          maxLength={LIMITS.shortText}
          onChange={(event) => setValue(event.target.value)}
        />
      )}
    </div>
  );
}

export function SegmentCard({ segment, number }: { segment: Segment; number: number }) {
  const t = useT();
  const id = useId();
  const reportError = useReportError();
  const push = useNoticeStore((state) => state.push);
  const remove = async () => {
    const removed = await deleteSegment(segment.id);
    if (removed) {
      push({
        kind: 'info',
        message: t('context.segmentDeleted'),
        action: { label: t('notice.undo'), run: () => void restoreSegment(removed) },
      });
    }
  };
  return (
    <li className="card">
      <fieldset>
        <legend>{t('context.segment', { n: number })}</legend>
        <SegmentText segment={segment} field="name" label={t('context.segmentName')} />
        <SegmentText
          segment={segment}
          field="description"
          label={t('context.segmentDescription')}
          isLong
        />
        <SegmentText segment={segment} field="needs" label={t('context.segmentNeeds')} isLong />
        <div className="field">
          <label htmlFor={`${id}-importance`}>{t('context.segmentImportance')}</label>
          <ScoreSelect
            id={`${id}-importance`}
            value={segment.importance}
            notSetLabel={t('journey.notSet')}
            onChange={(importance) =>
              void updateSegment(segment.id, { importance }).catch(reportError)
            }
          />
        </div>
        <button
          type="button"
          className="button-quiet danger"
          aria-label={t('context.deleteSegment', { n: number })}
          onClick={() => void remove().catch(reportError)}
        >
          {t('common.delete')}
        </button>
      </fieldset>
    </li>
  );
}
