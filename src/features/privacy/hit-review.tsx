import { useId, useMemo, useState } from 'react';
import { Dialog } from '../../components/dialog';
import { applyRedaction, undoRedaction } from '../../db/repositories/redaction';
import { HIT_KINDS, type Hit, type HitKind } from '../../domain/privacy/detect';
import { scanContent, type FieldHits } from '../../domain/privacy/redact-content';
import {
  chosenReplacements,
  hitKey,
  planEdits,
  type Choice,
} from '../../domain/privacy/redaction-plan';
import type { WorkshopContent } from '../../domain/workshop-content';
import { useReportError } from '../../hooks/use-storage-error-notice';
import { redactionLabels } from '../../lib/redaction-labels';
import { useT } from '../../hooks/use-t';
import { useNoticeStore } from '../../stores/notice-store';
import { ChoiceSelect } from './choice-select';
import { FieldHitsCard } from './field-hits-card';

/** Every hit with a choice per hit or for all at once; applied together after a confirmation. */
export function HitReview({ content }: { content: WorkshopContent }) {
  const t = useT();
  const id = useId();
  const push = useNoticeStore((state) => state.push);
  const reportError = useReportError();
  const found = useMemo(() => scanContent(content), [content]);
  const labels = useMemo(
    () => redactionLabels(content.workshop.language),
    [content.workshop.language],
  );
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const [bulkKind, setBulkKind] = useState<HitKind | ''>('');
  const [bulkChoice, setBulkChoice] = useState<Choice>('removed');
  const [isConfirming, setConfirming] = useState(false);

  const choiceOf = (entry: FieldHits, hit: Hit): Choice => choices[hitKey(entry, hit)] ?? hit.role;
  const hitCount = found.reduce((sum, entry) => sum + entry.hits.length, 0);
  const chosenCount = found.reduce(
    (sum, entry) => sum + entry.hits.filter((hit) => choiceOf(entry, hit) !== 'keep').length,
    0,
  );

  const setForAll = () => {
    const next = { ...choices };
    for (const entry of found) {
      for (const hit of entry.hits) {
        if (!bulkKind || hit.kind === bulkKind) next[hitKey(entry, hit)] = bulkChoice;
      }
    }
    setChoices(next);
  };

  const apply = async () => {
    setConfirming(false);
    const edits = planEdits(found, choiceOf, labels);
    try {
      const replacements = chosenReplacements(found, choiceOf, labels);
      const applied = await applyRedaction(content.workshop.id, edits, replacements);
      setChoices({});
      const skipped = edits.length - applied.length;
      push({
        kind: 'success',
        message: [
          t('privacy.applied', { count: chosenCount }),
          skipped > 0 ? t('privacy.skipped', { count: skipped }) : '',
        ]
          .filter(Boolean)
          .join(' '),
        timeoutMs: 15_000,
        action: {
          label: t('notice.undo'),
          run: () => {
            undoRedaction(applied)
              .then(() => push({ kind: 'info', message: t('privacy.undone'), timeoutMs: 5000 }))
              .catch(reportError);
          },
        },
      });
    } catch (error) {
      reportError(error);
    }
  };

  if (found.length === 0) {
    return (
      <section className="card">
        <p>{t('privacy.noHits')}</p>
      </section>
    );
  }

  return (
    <section aria-labelledby={`${id}-title`} className="privacy-stack">
      <h2 id={`${id}-title`}>{t('privacy.hits', { count: hitCount })}</h2>
      <fieldset className="field redaction-bulk">
        <legend>{t('privacy.bulk')}</legend>
        <div className="field">
          <label htmlFor={`${id}-kind`}>{t('privacy.bulkKind')}</label>
          <select
            id={`${id}-kind`}
            value={bulkKind}
            onChange={(event) => setBulkKind(event.target.value as HitKind | '')}
          >
            <option value="">{t('privacy.bulkAll')}</option>
            {HIT_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`privacy.kind.${kind}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-role`}>{t('privacy.bulkRole')}</label>
          <ChoiceSelect
            id={`${id}-role`}
            value={bulkChoice}
            labels={labels}
            onChange={setBulkChoice}
          />
        </div>
        <button type="button" className="button-secondary" onClick={setForAll}>
          {t('privacy.bulkApply')}
        </button>
      </fieldset>
      <ul className="stack-list redaction-hit-list">
        {found.map((entry) => (
          <FieldHitsCard
            key={`${entry.table}|${entry.rowId}|${entry.field}`}
            entry={entry}
            labels={labels}
            choiceOf={(hit) => choiceOf(entry, hit)}
            onChoose={(hit, choice) =>
              setChoices((previous) => ({ ...previous, [hitKey(entry, hit)]: choice }))
            }
          />
        ))}
      </ul>
      <div className="button-row">
        <button
          type="button"
          className="button-primary"
          disabled={chosenCount === 0}
          onClick={() => setConfirming(true)}
        >
          {t('privacy.review', { count: chosenCount })}
        </button>
      </div>
      {isConfirming ? (
        <Dialog title={t('privacy.confirm.title')} onClose={() => setConfirming(false)}>
          <p>
            {t('privacy.confirm.body', {
              count: chosenCount,
              texts: planEdits(found, choiceOf, labels).length,
            })}
          </p>
          <div className="button-row">
            <button type="button" className="button-danger" onClick={() => void apply()}>
              {t('privacy.confirm.apply')}
            </button>
            <button
              type="button"
              className="button-secondary"
              onClick={() => setConfirming(false)}
              autoFocus
            >
              {t('common.cancel')}
            </button>
          </div>
        </Dialog>
      ) : null}
    </section>
  );
}
