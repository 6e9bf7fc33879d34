import { useId, useState, type FormEvent } from 'react';
import { PhaseHeader } from '../../components/phase-header';
import { useDraft } from '../../components/use-draft';
import {
  createParticipant,
  deleteParticipant,
  updateParticipant,
} from '../../db/repositories/assessment';
import { LIMITS } from '../../domain/limits';
import type { Participant, ParticipantGroup } from '../../domain/types';
import { useParticipants } from '../../hooks/use-assessment';
import { useReportError } from '../../hooks/use-storage-error-notice';
import { useCurrentWorkshop } from '../../hooks/use-workshop';
import { useT } from '../../i18n/use-t';
import { GroupSelect } from './group-select';

function ParticipantRow({ participant }: { participant: Participant }) {
  const t = useT();
  const id = useId();
  const reportError = useReportError();
  const [name, setName] = useDraft(
    `participant:${participant.id}:name`,
    participant.name,
    (value) => updateParticipant(participant.id, { name: value }),
  );
  return (
    <li className="participant-row">
      <div className="field grow">
        <label htmlFor={`${id}-name`}>{t('participants.name')}</label>
        <input
          id={`${id}-name`}
          type="text"
          value={name}
          maxLength={LIMITS.shortText}
          onChange={(event) => setName(event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-group`}>{t('participants.group')}</label>
        <GroupSelect
          id={`${id}-group`}
          value={participant.group}
          onChange={(group) => void updateParticipant(participant.id, { group }).catch(reportError)}
        />
      </div>
      <button
        type="button"
        className="button-quiet danger"
        aria-label={t('participants.delete', { name: participant.name })}
        onClick={() => void deleteParticipant(participant.id).catch(reportError)}
      >
        {t('common.delete')}
      </button>
    </li>
  );
}

export function ParticipantsPage() {
  const t = useT();
  const id = useId();
  const workshop = useCurrentWorkshop();
  const participants = useParticipants(workshop.id) ?? [];
  const reportError = useReportError();
  const [name, setName] = useState('');
  const [group, setGroup] = useState<ParticipantGroup>('');
  const [isInvalid, setInvalid] = useState(false);

  const add = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return setInvalid(true);
    const trimmed = name.trim();
    setName('');
    try {
      await createParticipant(workshop.id, { name: trimmed, group });
    } catch (error) {
      setName((current) => current || trimmed);
      reportError(error);
    }
  };

  return (
    <section className="page phase">
      <PhaseHeader
        title={t('participants.title')}
        question={t('participants.question')}
        intro={t('participants.guide')}
      />
      <form className="card inline-fields" onSubmit={(event) => void add(event)} noValidate>
        <div className="field grow">
          <label htmlFor={`${id}-name`}>{t('participants.name')}</label>
          <input
            id={`${id}-name`}
            type="text"
            value={name}
            maxLength={LIMITS.shortText}
            aria-invalid={isInvalid || undefined}
            aria-describedby={isInvalid ? `${id}-error` : undefined}
            onChange={(event) => {
              setName(event.target.value);
              setInvalid(false);
            }}
          />
          {isInvalid ? (
            <p className="field-error" id={`${id}-error`}>
              {t('participants.nameRequired')}
            </p>
          ) : null}
        </div>
        <div className="field">
          <label htmlFor={`${id}-group`}>{t('participants.group')}</label>
          <GroupSelect id={`${id}-group`} value={group} onChange={setGroup} />
        </div>
        <button type="submit" className="button-primary">
          {t('participants.add')}
        </button>
      </form>
      <p className="muted">
        {participants.length === 0
          ? t('participants.empty')
          : participants.length === 1
            ? t('participants.countOne')
            : t('participants.count', { count: participants.length })}
      </p>
      <ol className="participant-list">
        {participants.map((participant) => (
          <ParticipantRow key={participant.id} participant={participant} />
        ))}
      </ol>
    </section>
  );
}
