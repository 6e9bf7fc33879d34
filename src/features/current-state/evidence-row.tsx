import { memo, useId } from 'react';
import { DeleteButton } from '../../components/delete-button';
import { useDraft } from '../../hooks/use-draft';
import {
  deleteEvidence,
  restoreEvidence,
  updateEvidence,
} from '../../db/repositories/current-state';
import { appendToWorkshopList } from '../../db/repositories/workshops';
import { LIMITS } from '../../domain/limits';
import type { EvidenceItem, Segment, Theme, Touchpoint, Workshop } from '../../domain/types';
import { useReportError } from '../../hooks/use-storage-error-notice';
import { useT } from '../../hooks/use-t';
import { useNoticeStore } from '../../stores/notice-store';
import { KindSelect, NamedSelect, ToneSelect } from './option-lists';
import { PrincipleChips } from './principle-chips';

type Props = {
  item: EvidenceItem;
  number: number;
  workshop: Workshop;
  touchpoints: Touchpoint[];
  segments: Segment[];
  themes: Theme[];
  isSelected: boolean;
  onToggle: (id: string) => void;
};

/** One evidence item, editable in place; saves itself. */
export const EvidenceRow = memo(function EvidenceRow(props: Props) {
  const { item, number, workshop } = props;
  const t = useT();
  const id = useId();
  const push = useNoticeStore((state) => state.push);
  const reportError = useReportError();
  const [text, setText] = useDraft(`evidence:${item.id}:text`, item.text, (value) =>
    updateEvidence(item.id, { text: value }),
  );
  const save = (patch: Partial<EvidenceItem>) => {
    updateEvidence(item.id, patch).catch(reportError);
  };

  const remove = async () => {
    const removed = await deleteEvidence(item.id);
    if (!removed) return;
    push({
      kind: 'info',
      message: t('evidence.deleted'),
      action: { label: t('notice.undo'), run: () => void restoreEvidence(removed) },
    });
  };

  const pin = (list: 'strengths' | 'weaknesses') => {
    appendToWorkshopList(workshop.id, list, item.text.slice(0, LIMITS.listEntry))
      .then(() => push({ kind: 'success', message: t('evidence.pinned') }))
      .catch(reportError);
  };

  const label = t('evidence.item', { n: number });
  return (
    <li className={`evidence-row tone-${item.tone}`} aria-label={label}>
      <div className="evidence-row-head">
        <input
          type="checkbox"
          id={`${id}-select`}
          aria-label={t('evidence.select', { n: number })}
          checked={props.isSelected}
          onChange={() => props.onToggle(item.id)}
        />
        <label htmlFor={`${id}-select`} className="evidence-number">
          {label}
        </label>
        <span className={`tone-badge tone-${item.tone}`}>{t(`tone.${item.tone}`)}</span>
        <span className="muted evidence-meta">
          {[item.channel, item.date, item.tags.map((tag) => `#${tag}`).join(' ')]
            .filter(Boolean)
            .join(' · ')}
        </span>
      </div>
      <label className="visually-hidden" htmlFor={`${id}-text`}>
        {t('evidence.text')}
      </label>
      <textarea
        id={`${id}-text`}
        rows={2}
        value={text}
        maxLength={LIMITS.longText}
        onChange={(event) => setText(event.target.value)}
      />
      <div className="evidence-row-fields">
        <label>
          {t('evidence.kind')}
          <KindSelect
            id={`${id}-kind`}
            value={item.kind}
            onChange={(kind) => kind && save({ kind })}
          />
        </label>
        <label>
          {t('evidence.tone')}
          <ToneSelect
            id={`${id}-tone`}
            value={item.tone}
            onChange={(tone) => tone && save({ tone })}
          />
        </label>
        <label>
          {t('evidence.touchpoint')}
          <NamedSelect
            id={`${id}-touchpoint`}
            value={item.touchpointId}
            emptyLabel={t('evidence.none')}
            options={props.touchpoints}
            onChange={(touchpointId) => save({ touchpointId })}
          />
        </label>
        <label>
          {t('evidence.segment')}
          <NamedSelect
            id={`${id}-segment`}
            value={item.segmentId}
            emptyLabel={t('evidence.none')}
            options={props.segments}
            onChange={(segmentId) => save({ segmentId })}
          />
        </label>
        <label>
          {t('evidence.theme')}
          <NamedSelect
            id={`${id}-theme`}
            value={item.themeId}
            emptyLabel={t('evidence.none')}
            options={props.themes}
            onChange={(themeId) => save({ themeId })}
          />
        </label>
      </div>
      <PrincipleChips item={item} number={number} />
      <div className="row-tools">
        <span className="muted">{t('evidence.pin')}:</span>
        <button type="button" className="button-quiet" onClick={() => pin('strengths')}>
          {t('evidence.pinStrength')}
        </button>
        <button type="button" className="button-quiet" onClick={() => pin('weaknesses')}>
          {t('evidence.pinWeakness')}
        </button>
        <DeleteButton label={t('evidence.delete', { n: number })} onDelete={remove} />
      </div>
    </li>
  );
});
