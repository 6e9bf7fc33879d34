import { CountField } from '../../components/count-field';
import { updateWorkshop } from '../../db/repositories/workshops';
import type { Workshop } from '../../domain/types';
import { useReportError } from '../../hooks/use-storage-error-notice';
import { useT } from '../../hooks/use-t';

type Field = 'wordOfMouthGood' | 'wordOfMouthBad';

/** The "3/18" baseline: how many hear of a good and of a bad experience. */
export function WordOfMouth({ workshop }: { workshop: Workshop }) {
  const t = useT();
  const reportError = useReportError();
  const { wordOfMouthGood: good, wordOfMouthBad: bad } = workshop;
  const save = (field: Field) => (value: number | null) =>
    void updateWorkshop(workshop.id, { [field]: value }).catch(reportError);
  return (
    <section className="card">
      <h2>{t('context.wordOfMouth')}</h2>
      <p className="muted">{t('context.wordOfMouthGuide')}</p>
      <div className="two-columns">
        <CountField label={t('context.womGood')} value={good} onSave={save('wordOfMouthGood')} />
        <CountField label={t('context.womBad')} value={bad} onSave={save('wordOfMouthBad')} />
      </div>
      {good !== null && bad !== null ? <p>{t('context.womRatio', { good, bad })}</p> : null}
    </section>
  );
}
