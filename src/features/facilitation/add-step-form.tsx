import { useId, useState } from 'react';
import { AddOneForm } from '../../components/add-one-form';
import { createCustomStep } from '../../db/repositories/agenda';
import { useT } from '../../hooks/use-t';

/** Adds a step of the facilitator's own (a break, a guest talk…) at the end of the agenda. */
export function AddStepForm({ workshopId }: { workshopId: string }) {
  const t = useT();
  const id = useId();
  const [minutes, setMinutes] = useState('10');
  return (
    <section className="card agenda-add">
      <h2 id={`${id}-title`}>{t('agenda.add')}</h2>
      <AddOneForm
        className="agenda-add-fields"
        labelledBy={`${id}-title`}
        label={t('agenda.newTitle')}
        buttonLabel={t('agenda.addButton')}
        requiredMessage={t('agenda.titleRequired')}
        onAdd={(title) => createCustomStep(workshopId, title, Number.parseInt(minutes, 10) || 0)}
      >
        <div className="field agenda-minutes">
          <label htmlFor={`${id}-minutes`}>{t('agenda.newMinutes')}</label>
          <input
            id={`${id}-minutes`}
            type="number"
            min={0}
            max={600}
            value={minutes}
            onChange={(event) => setMinutes(event.target.value)}
          />
        </div>
      </AddOneForm>
    </section>
  );
}
