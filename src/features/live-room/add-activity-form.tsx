import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState, type FormEvent } from 'react';
import { listActions } from '../../db/repositories/actions';
import { listTouchpoints } from '../../db/repositories/journey';
import type { ActivityInput } from '../../domain/live-room/activities';
import { LIVE_LIMITS } from '../../domain/live-room/limits';
import { LIVE_ACTIVITY_KINDS, type LiveActivityKind } from '../../domain/live-room/types';
import { PRINCIPLE_IDS, type PrincipleId } from '../../domain/principles';
import type { Workshop } from '../../domain/types';
import { useT } from '../../hooks/use-t';

type Props = {
  workshop: Workshop;
  initialKind: LiveActivityKind;
  onAdd: (input: ActivityInput) => void;
};

const clamp = (value: string, bounds: { min: number; max: number }) =>
  Math.min(bounds.max, Math.max(bounds.min, Number.parseInt(value, 10) || bounds.min));

/** The next activity of the room: what it asks, and its limits. Added and shown on the phones at once. */
export function AddActivityForm({ workshop, initialKind, onAdd }: Props) {
  const t = useT();
  const id = useId();
  const [kind, setKind] = useState<LiveActivityKind>(initialKind);
  const [asksTarget, setAsksTarget] = useState(true);
  const [principle, setPrinciple] = useState<PrincipleId | ''>('');
  const [focus, setFocus] = useState('');
  const [perPerson, setPerPerson] = useState(String(LIVE_LIMITS.perPerson.ideasDefault));
  const [dots, setDots] = useState(String(workshop.dotsPerParticipant));
  const [problem, setProblem] = useState('');
  const actions = useLiveQuery(() => listActions(workshop.id), [workshop.id]) ?? [];
  const touchpoints = useLiveQuery(() => listTouchpoints(workshop.id), [workshop.id]) ?? [];

  const input = (): ActivityInput | null => {
    switch (kind) {
      case 'ratings':
        return { kind, asksTarget };
      case 'staffRatings':
        return { kind };
      case 'ideas':
        if (!principle && !focus.trim()) return null;
        return {
          kind,
          focusPrincipleId: principle,
          focusText: focus,
          maxPerPerson: clamp(perPerson, LIVE_LIMITS.perPerson),
        };
      case 'votes':
        return {
          kind,
          dotsPerPerson: clamp(dots, LIVE_LIMITS.dotsPerPerson),
          options: actions
            .slice(0, LIVE_LIMITS.voteOptions)
            .map((action) => ({ id: action.id, title: action.title })),
        };
      case 'evidence':
        return {
          kind,
          maxPerPerson: clamp(perPerson, LIVE_LIMITS.perPerson),
          touchpoints: touchpoints
            .slice(0, LIVE_LIMITS.touchpoints)
            .map((point) => ({ id: point.id, name: point.name })),
        };
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const made = input();
    if (!made) return setProblem(t('live.add.focusMissing'));
    setProblem('');
    onAdd(made);
    setFocus('');
  };

  const noActions = kind === 'votes' && actions.length === 0;
  return (
    <form
      className="card form live-add"
      onSubmit={submit}
      noValidate
      aria-labelledby={`${id}-heading`}
    >
      <h2 id={`${id}-heading`}>{t('live.add.heading')}</h2>
      <div className="field">
        <label htmlFor={`${id}-kind`}>{t('live.add.kind')}</label>
        <select
          id={`${id}-kind`}
          value={kind}
          onChange={(event) => setKind(event.target.value as LiveActivityKind)}
        >
          {LIVE_ACTIVITY_KINDS.map((option) => (
            <option key={option} value={option}>
              {t(`live.activity.${option}`)}
            </option>
          ))}
        </select>
      </div>
      {kind === 'ratings' ? (
        <label className="choice">
          <input
            type="checkbox"
            checked={asksTarget}
            onChange={(event) => setAsksTarget(event.target.checked)}
          />
          {t('live.add.asksTarget')}
        </label>
      ) : null}
      {kind === 'ideas' ? (
        <>
          <div className="field">
            <label htmlFor={`${id}-principle`}>{t('live.add.principle')}</label>
            <select
              id={`${id}-principle`}
              value={principle}
              onChange={(event) => setPrinciple(event.target.value as PrincipleId | '')}
            >
              <option value="">{t('live.add.anyPrinciple')}</option>
              {PRINCIPLE_IDS.map((option) => (
                <option key={option} value={option}>
                  {t(`principle.${option}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-focus`}>{t('live.add.focus')}</label>
            <p className="field-hint" id={`${id}-focus-hint`}>
              {t('live.add.focusHint')}
            </p>
            <input
              id={`${id}-focus`}
              value={focus}
              maxLength={LIVE_LIMITS.focusTextLength}
              aria-describedby={`${id}-focus-hint`}
              onChange={(event) => setFocus(event.target.value)}
            />
          </div>
        </>
      ) : null}
      {kind === 'ideas' || kind === 'evidence' ? (
        <div className="field field-narrow">
          <label htmlFor={`${id}-per-person`}>{t('live.add.maxPerPerson')}</label>
          <input
            id={`${id}-per-person`}
            type="number"
            inputMode="numeric"
            min={1}
            max={20}
            value={perPerson}
            onChange={(event) => setPerPerson(event.target.value)}
          />
        </div>
      ) : null}
      {kind === 'votes' ? (
        <>
          <div className="field field-narrow">
            <label htmlFor={`${id}-dots`}>{t('live.add.dots')}</label>
            <input
              id={`${id}-dots`}
              type="number"
              inputMode="numeric"
              min={1}
              max={20}
              value={dots}
              onChange={(event) => setDots(event.target.value)}
            />
          </div>
          <p className="muted">
            {noActions
              ? t('live.add.noActions')
              : t('live.add.optionsHint', { count: actions.length })}
          </p>
        </>
      ) : null}
      {kind === 'staffRatings' ? <p className="muted">{t('live.add.staffHint')}</p> : null}
      {kind === 'evidence' ? (
        <p className="muted">{t('live.add.touchpointsHint', { count: touchpoints.length })}</p>
      ) : null}
      {problem ? (
        <p className="field-error" role="alert">
          {problem}
        </p>
      ) : null}
      <button type="submit" className="button-primary" disabled={noActions}>
        {t('live.add.submit')}
      </button>
    </form>
  );
}
