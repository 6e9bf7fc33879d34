import { useId, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { paths } from '../config/paths';
import { isValidPin } from '../domain/room';
import type { RoomActivity, Workshop } from '../domain/types';
import { useRoomMode } from '../hooks/use-room-mode';
import { useT } from '../hooks/use-t';
import { Dialog, DialogButtons } from './dialog';
import { PinInput } from './pin-input';

type Props = { workshop: Workshop; activity: RoomActivity; isDisabled?: boolean };

/** "Room mode" on the rating, ideas and voting screens, with any entries still to reveal. */
export function RoomModeButton({ workshop, activity, isDisabled = false }: Props) {
  const t = useT();
  const [isOpen, setOpen] = useState(false);
  const { waiting, start } = useRoomMode(workshop.id, activity);
  return (
    <div className="room-mode-entry">
      <button
        type="button"
        className="button-secondary"
        disabled={isDisabled}
        onClick={() => setOpen(true)}
      >
        {t('room.button')}
      </button>
      {isDisabled && activity === 'votes' ? (
        <span className="muted">{t('room.noActions')}</span>
      ) : null}
      {waiting.map((session) => (
        <p key={session.id} className="room-pending">
          {t('room.pending', { count: session.entryCount })}{' '}
          <Link to={paths.roomReveal(session.id)}>{t('room.openReveal')}</Link>
        </p>
      ))}
      {isOpen ? (
        <StartDialog activity={activity} onStart={start} onClose={() => setOpen(false)} />
      ) : null}
    </div>
  );
}

function StartDialog({
  activity,
  onStart,
  onClose,
}: {
  activity: RoomActivity;
  onStart: (pin: string, isAnonymous: boolean) => Promise<void>;
  onClose: () => void;
}) {
  const t = useT();
  const id = useId();
  const [pin, setPin] = useState('');
  const [repeat, setRepeat] = useState('');
  const [isAnonymous, setAnonymous] = useState(true);
  const [problem, setProblem] = useState<'' | 'pinInvalid' | 'pinMismatch' | 'startFailed'>('');
  const [isBusy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!isValidPin(pin)) return setProblem('pinInvalid');
    if (pin !== repeat) return setProblem('pinMismatch');
    setBusy(true);
    try {
      await onStart(pin, isAnonymous);
    } catch {
      setProblem('startFailed');
      setBusy(false);
    }
  };

  return (
    <Dialog title={t('room.start.title')} onClose={onClose}>
      <form className="form" onSubmit={(event) => void submit(event)} noValidate>
        <p className="muted">{t('room.start.guide')}</p>
        <p>
          <strong>{t('room.activity')}:</strong> {t(`room.activity.${activity}`)}
        </p>
        <div className="field">
          <label htmlFor={`${id}-pin`}>{t('room.pin')}</label>
          <PinInput
            id={`${id}-pin`}
            autoComplete="new-password"
            value={pin}
            aria-invalid={problem === 'pinInvalid'}
            aria-describedby={`${id}-pin-help`}
            onChange={(event) => setPin(event.target.value.trim())}
            autoFocus
          />
          <p id={`${id}-pin-help`} className="field-hint">
            {t('room.pinHelp')}
          </p>
        </div>
        <div className="field">
          <label htmlFor={`${id}-repeat`}>{t('room.pinRepeat')}</label>
          <PinInput
            id={`${id}-repeat`}
            autoComplete="new-password"
            value={repeat}
            aria-invalid={problem === 'pinMismatch'}
            onChange={(event) => setRepeat(event.target.value.trim())}
          />
        </div>
        {activity !== 'ideas' ? (
          <fieldset className="field">
            <legend>{t('room.entries')}</legend>
            <label className="choice">
              <input
                type="radio"
                name={`${id}-anonymous`}
                checked={isAnonymous}
                onChange={() => setAnonymous(true)}
              />
              {t('room.anonymous')}
            </label>
            <label className="choice">
              <input
                type="radio"
                name={`${id}-anonymous`}
                checked={!isAnonymous}
                onChange={() => setAnonymous(false)}
              />
              {t('room.named')}
            </label>
          </fieldset>
        ) : null}
        {problem ? (
          <p className="field-error" role="alert">
            {t(`room.${problem}`)}
          </p>
        ) : null}
        <DialogButtons
          submitLabel={t('room.startButton')}
          cancelLabel={t('room.cancel')}
          onCancel={onClose}
          isSubmitDisabled={isBusy}
        />
      </form>
    </Dialog>
  );
}
