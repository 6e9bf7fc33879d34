import { useId } from 'react';
import { updateReview } from '../../db/repositories/path';
import { cadenceKey, ROUTINE_OUTCOMES, routinesAskedAt, withOutcome } from '../../domain/routines';
import type { Action, Review, RoutineOutcome } from '../../domain/types';
import { useOptimisticEdit } from '../../hooks/use-optimistic-edit';
import { useT } from '../../hooks/use-t';

type Props = { review: Review; actions: Action[] };

/** At a review: did each running routine actually happen since the previous review? */
export function RoutineChecks({ review, actions }: Props) {
  const t = useT();
  const id = useId();
  const routines = routinesAskedAt(actions, review.date);
  const checks = useOptimisticEdit(review.routineChecks, (routineChecks) =>
    updateReview(review.id, { routineChecks }),
  );
  const outcomeOf = (actionId: string) =>
    checks.value.find((check) => check.actionId === actionId)?.outcome ?? null;
  const choose = (actionId: string, outcome: RoutineOutcome | null) => {
    // Built on the latest choice, so two quick answers on different routines both stay.
    const base = checks.latestRequest()?.value ?? checks.value;
    checks.change(withOutcome(base, actionId, outcome));
  };
  const count = (outcome: RoutineOutcome) =>
    routines.filter((routine) => outcomeOf(routine.id) === outcome).length;

  return (
    <section className="routine-checks" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('routine.check.title')}</h3>
      {routines.length === 0 ? (
        <p className="muted">{t('routine.check.empty')}</p>
      ) : (
        <>
          <p className="muted">{t('routine.check.guide')}</p>
          {routines.map((routine) => (
            <fieldset key={routine.id}>
              <legend>
                {routine.title} · {t(`routine.cadence.${cadenceKey(routine.cadence)}`)}
              </legend>
              <div className="choices">
                {[...ROUTINE_OUTCOMES, null].map((outcome) => (
                  <label key={outcome ?? 'none'} className="choice">
                    <input
                      type="radio"
                      name={`${id}-${routine.id}`}
                      checked={outcomeOf(routine.id) === outcome}
                      onChange={() => choose(routine.id, outcome)}
                    />
                    {outcome ? t(`routine.outcome.${outcome}`) : t('routine.check.none')}
                  </label>
                ))}
              </div>
            </fieldset>
          ))}
          <p role="status">
            {t('routine.summary', {
              happened: count('happened'),
              partly: count('partly'),
              missed: count('missed'),
            })}
          </p>
        </>
      )}
    </section>
  );
}
