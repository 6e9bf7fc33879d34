import { useId, useState } from 'react';
import { AddOneForm } from '../../components/add-one-form';
import { setRedactionNames } from '../../db/repositories/redaction';
import { REDACTION_ROLES, type RedactionRole, type Workshop } from '../../domain/types';
import { useReportError } from '../../hooks/use-storage-error-notice';
import { newId } from '../../lib/ids';
import { redactionLabels } from '../../lib/redaction-labels';
import { useT } from '../../hooks/use-t';

type Props = { workshop: Workshop; participantNames: string[] };

/** The staff and customer names to look for, besides the participants. */
export function NameList({ workshop, participantNames }: Props) {
  const t = useT();
  const id = useId();
  const reportError = useReportError();
  const [role, setRole] = useState<RedactionRole>('customer');
  const names = workshop.redactionNames ?? [];
  const labels = redactionLabels(workshop.language);

  const save = (next: Workshop['redactionNames']) =>
    setRedactionNames(workshop.id, next).catch(reportError);

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('privacy.names')}</h2>
      <p className="field-hint">{t('privacy.namesHint')}</p>
      <p>
        {participantNames.length > 0
          ? t('privacy.participantsIncluded', { names: participantNames.join(', ') })
          : t('privacy.noParticipants')}
      </p>
      {names.length > 0 ? (
        <ul className="redaction-names">
          {names.map((entry) => (
            <li key={entry.id}>
              <span>
                {entry.name} → {labels[entry.role]}
              </span>
              <button
                type="button"
                className="button-secondary"
                aria-label={t('privacy.removeName', { name: entry.name })}
                onClick={() => void save(names.filter((other) => other.id !== entry.id))}
              >
                {t('common.delete')}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <AddOneForm
        className="redaction-form"
        maxLength={200}
        label={t('privacy.name')}
        buttonLabel={t('privacy.addName')}
        onAdd={(name) => setRedactionNames(workshop.id, [...names, { id: newId(), name, role }])}
      >
        <div className="field">
          <label htmlFor={`${id}-role`}>{t('privacy.role')}</label>
          <select
            id={`${id}-role`}
            value={role}
            onChange={(event) => setRole(event.target.value as RedactionRole)}
          >
            {REDACTION_ROLES.map((option) => (
              <option key={option} value={option}>
                {t(`privacy.role.${option}`)}
              </option>
            ))}
          </select>
        </div>
      </AddOneForm>
    </section>
  );
}
