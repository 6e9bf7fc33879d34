import { useId } from 'react';
import { AutosaveField } from '../../components/autosave-field';
import { DeleteButton } from '../../components/delete-button';
import { ScoreSelect } from '../../components/score-select';
import { deleteSegment, restoreSegment, updateSegment } from '../../db/repositories/current-state';
import { LIMITS } from '../../domain/limits';
import type { Segment } from '../../domain/types';
import { useReportError } from '../../hooks/use-storage-error-notice';
import { useT } from '../../hooks/use-t';
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
  return (
    <AutosaveField
      label={label}
      saveKey={`segment:${segment.id}:${field}`}
      value={segment[field]}
      onSave={(text) => updateSegment(segment.id, { [field]: text })}
      multiline={isLong}
      rows={2}
      maxLength={isLong ? LIMITS.longText : LIMITS.shortText}
    />
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
        <DeleteButton label={t('context.deleteSegment', { n: number })} onDelete={remove} />
      </fieldset>
    </li>
  );
}
