import { useOptimisticEdit } from '../../hooks/use-optimistic-edit';
import { useT } from '../../hooks/use-t';

export type GapOption = { id: string; label: string; group: string };

type Props = { selected: string[]; options: GapOption[]; onChange: (ids: string[]) => void };

/** Checkboxes of the principles, critical moments, themes and indicators an action addresses. */
export function GapPicker({ selected, options, onChange }: Props) {
  const t = useT();
  const { value: ids, change } = useOptimisticEdit(selected, onChange);
  const groups = [...new Set(options.map((option) => option.group))];
  const toggle = (id: string) => {
    change(ids.includes(id) ? ids.filter((item) => item !== id) : [...ids, id]);
  };
  return (
    <fieldset className="gap-picker">
      <legend>{t('action.addresses')}</legend>
      {groups.map((group) => (
        <div key={group} className="gap-group">
          <p className="eyebrow">{group}</p>
          {options
            .filter((option) => option.group === group)
            .map((option) => (
              <label key={option.id} className="choice">
                <input
                  type="checkbox"
                  checked={ids.includes(option.id)}
                  onChange={() => toggle(option.id)}
                />
                {option.label}
              </label>
            ))}
        </div>
      ))}
    </fieldset>
  );
}
