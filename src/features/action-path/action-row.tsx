import { memo } from 'react';
import { DeleteButton } from '../../components/delete-button';
import { useDraft } from '../../hooks/use-draft';
import {
  deleteAction,
  moveAction,
  restoreAction,
  updateAction,
} from '../../db/repositories/actions';
import type { Action, Indicator, Segment } from '../../domain/types';
import { ActionDetails } from './action-details';
import { ActionFields } from './action-fields';
import type { GapOption } from './gap-picker';
import { useReportError } from '../../hooks/use-storage-error-notice';
import { useT } from '../../hooks/use-t';
import { useNoticeStore } from '../../stores/notice-store';

type Props = {
  action: Action;
  number: number;
  isFirst: boolean;
  isLast: boolean;
  isOverdue: boolean;
  indicators: Indicator[];
  gapOptions: GapOption[];
  segments: Segment[];
};

/** Memoised: with 200 actions, one query arriving or one action changing renders one row. */
export const ActionRow = memo(function ActionRow({
  action,
  number,
  isFirst,
  isLast,
  isOverdue,
  indicators,
  gapOptions,
  segments,
}: Props) {
  const t = useT();
  const push = useNoticeStore((state) => state.push);
  const reportError = useReportError();
  const key = (field: string) => `action:${action.id}:${field}`;
  const [title, setTitle] = useDraft(key('title'), action.title, (value) =>
    updateAction(action.id, { title: value }),
  );
  const [owner, setOwner] = useDraft(key('owner'), action.owner, (value) =>
    updateAction(action.id, { owner: value }),
  );
  const label = action.title || t('path.actionNumber', { n: number });

  const run = (write: () => Promise<unknown>) => {
    write().catch(reportError);
  };

  const remove = async () => {
    const removed = await deleteAction(action.id);
    if (!removed) return;
    push({
      kind: 'info',
      message: t('path.removed', { title: label }),
      action: { label: t('notice.undo'), run: () => run(() => restoreAction(removed)) },
    });
  };

  return (
    <li className="card action-row">
      <fieldset>
        <legend>
          {t('path.actionNumber', { n: number })}
          {action.quickWinRank ? (
            <span className="badge badge-quick">
              ★ {t('action.quickWin', { rank: action.quickWinRank })}
            </span>
          ) : null}
          {action.cadence ? (
            <span className="badge badge-routine">↻ {t(`routine.cadence.${action.cadence}`)}</span>
          ) : null}
          {isOverdue ? <span className="badge badge-overdue">⚠ {t('action.overdue')}</span> : null}
        </legend>
        <ActionFields
          values={{ title, owner, dueDate: action.dueDate, status: action.status }}
          onChange={(field, value) => {
            if (field === 'title') setTitle(value);
            else if (field === 'owner') setOwner(value);
            else run(() => updateAction(action.id, { [field]: value }));
          }}
        />
        <ActionDetails
          action={action}
          indicators={indicators}
          gapOptions={gapOptions}
          segments={segments}
        />
        <div className="row-tools">
          <button
            type="button"
            className="button-quiet"
            disabled={isFirst}
            aria-label={t('path.moveUp', { title: label })}
            onClick={() => run(() => moveAction(action.workshopId, action.id, -1))}
          >
            ↑
          </button>
          <button
            type="button"
            className="button-quiet"
            disabled={isLast}
            aria-label={t('path.moveDown', { title: label })}
            onClick={() => run(() => moveAction(action.workshopId, action.id, 1))}
          >
            ↓
          </button>
          <DeleteButton label={t('path.remove', { title: label })} onDelete={remove} />
        </div>
      </fieldset>
    </li>
  );
});
