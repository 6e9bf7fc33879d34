import { memo, useId } from 'react';
import { TextField } from '../../components/text-field';
import { useDraft } from '../../hooks/use-draft';
import {
  deleteAction,
  moveAction,
  restoreAction,
  updateAction,
} from '../../db/repositories/actions';
import { LIMITS } from '../../domain/limits';
import type { Action, Indicator } from '../../domain/types';
import { ActionDetails } from './action-details';
import type { GapOption } from './gap-picker';
import { useReportError } from '../../hooks/use-storage-error-notice';
import { useT } from '../../hooks/use-t';
import { useNoticeStore } from '../../stores/notice-store';
import { StatusSelect } from './status-select';

type Props = {
  action: Action;
  number: number;
  isFirst: boolean;
  isLast: boolean;
  isOverdue: boolean;
  indicators: Indicator[];
  gapOptions: GapOption[];
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
}: Props) {
  const t = useT();
  const id = useId();
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
          {isOverdue ? <span className="badge badge-overdue">⚠ {t('action.overdue')}</span> : null}
        </legend>
        <div className="action-fields">
          <div className="field grow">
            <label htmlFor={`${id}-title`}>{t('path.title')}</label>
            <input
              id={`${id}-title`}
              type="text"
              value={title}
              maxLength={LIMITS.listEntry}
              onChange={(event) => setTitle(event.target.value)}
            />
          </div>
          <TextField
            label={t('path.owner')}
            value={owner}
            maxLength={LIMITS.shortText}
            onChange={setOwner}
          />
          <div className="field">
            <label htmlFor={`${id}-due`}>{t('path.dueDate')}</label>
            <input
              id={`${id}-due`}
              type="date"
              value={action.dueDate}
              onChange={(event) =>
                run(() => updateAction(action.id, { dueDate: event.target.value }))
              }
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-status`}>{t('path.status')}</label>
            <StatusSelect
              id={`${id}-status`}
              value={action.status}
              onChange={(status) => run(() => updateAction(action.id, { status }))}
            />
          </div>
        </div>
        <ActionDetails action={action} indicators={indicators} gapOptions={gapOptions} />
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
          <button
            type="button"
            className="button-quiet danger"
            aria-label={t('path.remove', { title: label })}
            onClick={() => run(remove)}
          >
            {t('common.delete')}
          </button>
        </div>
      </fieldset>
    </li>
  );
});
