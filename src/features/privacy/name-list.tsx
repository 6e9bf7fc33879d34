import { useId, useState, type FormEvent } from 'react';
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
  const [name, setName] = useState('');
  const [role, setRole] = useState<RedactionRole>('customer');
  const names = workshop.redactionNames ?? [];
  const labels = redactionLabels(workshop.language);

  const save = (next: Workshop['redactionNames']) =>
    setRedactionNames(workshop.id, next).catch(reportError);

  const add = (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return;
    void save([...names, { id: newId(), name: name.trim(), role }]);
    setName('');
  };

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
      <form className="redaction-form" onSubmit={add}>
        <div className="field">
          <label htmlFor={`${id}-name`}>{t('privacy.name')}</label>
          <input
            id={`${id}-name`}
            type="text"
            maxLength={200}
            value={name}
            onChange={(event) => setName(event.target.value)}
          />
        </div>
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
        <button type="submit" className="button-secondary">
          {t('privacy.addName')}
        </button>
      </form>
    </section>
  );
}
