import { useId, useState } from 'react';
import { AddOneForm } from '../../components/add-one-form';
import { AutosaveField } from '../../components/autosave-field';
import { DeleteButton } from '../../components/delete-button';
import { PhasePage } from '../../components/phase-page';
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
import { useT } from '../../hooks/use-t';
import { GroupSelect } from './group-select';
import './target-state.css';

function ParticipantRow({ participant }: { participant: Participant }) {
  const t = useT();
  const id = useId();
  const reportError = useReportError();
  return (
    <li className="participant-row">
      <AutosaveField
        className="field grow"
        label={t('participants.name')}
        saveKey={`participant:${participant.id}:name`}
        value={participant.name}
        onSave={(name) => updateParticipant(participant.id, { name })}
        maxLength={LIMITS.shortText}
      />
      <div className="field">
        <label htmlFor={`${id}-group`}>{t('participants.group')}</label>
        <GroupSelect
          id={`${id}-group`}
          value={participant.group}
          onChange={(group) => void updateParticipant(participant.id, { group }).catch(reportError)}
        />
      </div>
      <DeleteButton
        label={t('participants.delete', { name: participant.name })}
        onDelete={() => deleteParticipant(participant.id)}
      />
    </li>
  );
}

export function ParticipantsPage() {
  const t = useT();
  const id = useId();
  const workshop = useCurrentWorkshop();
  const participants = useParticipants(workshop.id) ?? [];
  const [group, setGroup] = useState<ParticipantGroup>('');

  const add = async (name: string) => {
    await createParticipant(workshop.id, { name, group });
  };

  return (
    <PhasePage
      title={t('participants.title')}
      question={t('participants.question')}
      intro={t('participants.guide')}
    >
      <AddOneForm
        className="card inline-fields"
        fieldClassName="field grow"
        label={t('participants.name')}
        buttonLabel={t('participants.add')}
        requiredMessage={t('participants.nameRequired')}
        isPrimary
        onAdd={add}
      >
        <div className="field">
          <label htmlFor={`${id}-group`}>{t('participants.group')}</label>
          <GroupSelect id={`${id}-group`} value={group} onChange={setGroup} />
        </div>
      </AddOneForm>
      <p className="muted">
        {participants.length === 0
          ? t('participants.empty')
          : participants.length === 1
            ? t('participants.countOne')
            : t('participants.count', { count: participants.length })}
      </p>
      <ol className="stack-list participant-list">
        {participants.map((participant) => (
          <ParticipantRow key={participant.id} participant={participant} />
        ))}
      </ol>
    </PhasePage>
  );
}
