import { setQuickWin, updateAction } from '../../db/repositories/actions';
import { Checkbox } from '../../components/checkbox';
import { TextField } from '../../components/text-field';
import { useDraft } from '../../hooks/use-draft';
import { useOptimisticEdit } from '../../hooks/use-optimistic-edit';
import { LIMITS } from '../../domain/limits';
import type { Action, Workshop } from '../../domain/types';
import { useReportError } from '../../hooks/use-storage-error-notice';
import { useActions } from '../../hooks/use-workshop';
import { useT } from '../../hooks/use-t';
import { QUICK_WIN_COUNT } from './steps';

/** Step 9: up to three actions to start right away, each with an owner. */
export function QuickWinsStep({ workshop }: { workshop: Workshop }) {
  const t = useT();
  const reportError = useReportError();
  const actions = useActions(workshop.id) ?? [];
  const ranks = actions.map((action) => action.quickWinRank).filter((rank) => rank !== null);
  const isFull = ranks.length >= QUICK_WIN_COUNT;

  const toggle = (action: Action, isOn: boolean) => {
    const rank = isOn
      ? [1, 2, 3].find((candidate) => !ranks.includes(candidate))
      : action.quickWinRank;
    if (!rank) return;
    setQuickWin(workshop.id, rank, isOn ? action.id : '').catch(reportError);
  };

  return (
    <>
      <p className="lead">{t('wizard.quickWins.intro', { count: QUICK_WIN_COUNT })}</p>
      {actions.length === 0 ? <p className="muted">{t('wizard.quickWins.none')}</p> : null}
      {isFull ? (
        <p className="muted" role="status">
          {t('wizard.quickWins.full', { count: QUICK_WIN_COUNT })}
        </p>
      ) : null}
      <ul className="stack-list wizard-quick-wins">
        {actions.map((action) => (
          <QuickWinRow
            key={action.id}
            action={action}
            isDisabled={isFull && action.quickWinRank === null}
            onToggle={(isOn) => toggle(action, isOn)}
          />
        ))}
      </ul>
    </>
  );
}

function QuickWinRow({
  action,
  isDisabled,
  onToggle,
}: {
  action: Action;
  isDisabled: boolean;
  onToggle: (isOn: boolean) => void;
}) {
  const t = useT();
  const { value: isOn, change: toggle } = useOptimisticEdit(action.quickWinRank !== null, onToggle);
  const [owner, setOwner] = useDraft(`action:${action.id}:owner`, action.owner, (value) =>
    updateAction(action.id, { owner: value }),
  );
  return (
    <li className={action.quickWinRank ? 'card wizard-quick-win on' : 'card wizard-quick-win'}>
      <Checkbox
        checked={isOn}
        disabled={isDisabled}
        onChange={toggle}
        label={
          <span>
            {action.quickWinRank ? `★ ${action.quickWinRank}. ` : ''}
            <span className="visually-hidden">{t('wizard.quickWins.isQuickWin')} </span>
            {action.title}
          </span>
        }
      />
      <TextField
        label={
          <>
            {t('wizard.quickWins.owner')}
            <span className="visually-hidden">: {action.title}</span>
          </>
        }
        value={owner}
        maxLength={LIMITS.shortText}
        onChange={setOwner}
      />
    </li>
  );
}
