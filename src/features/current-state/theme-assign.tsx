import { useId, useState } from 'react';
import { assignTheme } from '../../db/repositories/current-state';
import type { Theme } from '../../domain/types';
import { useReportError } from '../../hooks/use-storage-error-notice';
import { useT } from '../../hooks/use-t';
import { useNoticeStore } from '../../stores/notice-store';

type Props = {
  themes: Theme[];
  selected: ReadonlySet<string>;
  onAssigned: () => void;
};

/** Groups the items ticked on the board into a theme (or out of any), right above the list. */
export function ThemeAssign({ themes, selected, onAssigned }: Props) {
  const t = useT();
  const id = useId();
  const reportError = useReportError();
  const push = useNoticeStore((state) => state.push);
  const [target, setTarget] = useState('');
  if (selected.size === 0) return null;

  const assign = async () => {
    try {
      await assignTheme([...selected], target);
      push({ kind: 'success', message: t('themes.assigned', { count: selected.size }) });
      onAssigned();
    } catch (error) {
      reportError(error);
    }
  };

  return (
    <div className="inline-form theme-assign">
      <label htmlFor={`${id}-target`}>{t('themes.assign', { count: selected.size })}</label>
      <select
        id={`${id}-target`}
        value={target}
        onChange={(event) => setTarget(event.target.value)}
      >
        <option value="">{t('themes.ungroup')}</option>
        {themes.map((theme) => (
          <option key={theme.id} value={theme.id}>
            {theme.name}
          </option>
        ))}
      </select>
      <button type="button" className="button-primary" onClick={() => void assign()}>
        {t('themes.assignButton')}
      </button>
    </div>
  );
}
