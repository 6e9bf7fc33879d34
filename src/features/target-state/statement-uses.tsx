import { useId } from 'react';
import { useDraft } from '../../hooks/use-draft';
import { useOptimisticEdit } from '../../hooks/use-optimistic-edit';
import { patchStatementUse } from '../../db/repositories/workshops';
import { LIMITS } from '../../domain/limits';
import {
  STATEMENT_USE_IDS,
  type StatementUse,
  type StatementUseId,
  type Workshop,
} from '../../domain/types';
import { useT } from '../../hooks/use-t';

function UseRow({ workshop, use }: { workshop: Workshop; use: StatementUseId }) {
  const t = useT();
  const id = useId();
  const current: StatementUse = workshop.statementUses[use] ?? { isUsed: false, note: '' };
  const save = (patch: Partial<StatementUse>) => patchStatementUse(workshop.id, use, patch);
  const { value: isUsed, change: setUsed } = useOptimisticEdit(current.isUsed, (value) =>
    save({ isUsed: value }),
  );
  const [note, setNote] = useDraft(`workshop:${workshop.id}:use:${use}`, current.note, (value) =>
    save({ note: value }),
  );
  return (
    <li className="use-row">
      <label className="choice">
        <input
          type="checkbox"
          checked={isUsed}
          onChange={(event) => setUsed(event.target.checked)}
        />
        {t(`use.${use}`)}
      </label>
      <label className="visually-hidden" htmlFor={`${id}-note`}>
        {t('uses.note', { use: t(`use.${use}`) })}
      </label>
      <input
        id={`${id}-note`}
        type="text"
        value={note}
        maxLength={LIMITS.listEntry}
        placeholder={t('uses.note', { use: t(`use.${use}`) })}
        onChange={(event) => setNote(event.target.value)}
      />
    </li>
  );
}

/** Where the culture statement will be put to work, each with a note. */
export function StatementUses({ workshop }: { workshop: Workshop }) {
  const t = useT();
  return (
    <section className="card" aria-labelledby="uses-title">
      <h2 id="uses-title">{t('uses.title')}</h2>
      <ul className="stack-list use-list">
        {STATEMENT_USE_IDS.map((use) => (
          <UseRow key={use} workshop={workshop} use={use} />
        ))}
      </ul>
    </section>
  );
}
