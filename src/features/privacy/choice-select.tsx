import type { RedactionLabels } from '../../domain/privacy/redact-content';
import type { Choice } from '../../domain/privacy/redaction-plan';
import { REDACTION_ROLES } from '../../domain/types';
import { useT } from '../../hooks/use-t';

type Props = {
  id: string;
  value: Choice;
  labels: RedactionLabels;
  onChange: (choice: Choice) => void;
};

/** What a found name becomes: one of the role labels, or left as it is. */
export function ChoiceSelect({ id, value, labels, onChange }: Props) {
  const t = useT();
  return (
    <select id={id} value={value} onChange={(event) => onChange(event.target.value as Choice)}>
      {REDACTION_ROLES.map((role) => (
        <option key={role} value={role}>
          {labels[role]}
        </option>
      ))}
      <option value="keep">{t('privacy.keep')}</option>
    </select>
  );
}
