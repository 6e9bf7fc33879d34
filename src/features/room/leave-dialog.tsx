import { useId, useState, type FormEvent } from 'react';
import { Dialog, DialogButtons } from '../../components/dialog';
import { PinInput } from '../../components/pin-input';
import { leaveRoomSession } from '../../db/repositories/room';
import { useT } from '../../hooks/use-t';

type Props = { sessionId: string; onClose: () => void };

/** The facilitator's way out: only the right PIN ends room mode. */
export function LeaveDialog({ sessionId, onClose }: Props) {
  const t = useT();
  const id = useId();
  const [pin, setPin] = useState('');
  const [isWrong, setWrong] = useState(false);
  const [waitSeconds, setWaitSeconds] = useState(0);
  const [isBusy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      // On success the session closes and the participant view moves to the reveal screen.
      const result = await leaveRoomSession(sessionId, pin);
      if (!result.ok) {
        setWrong(true);
        setWaitSeconds(Math.ceil(result.retryInMs / 1000));
        setPin('');
      }
    } catch {
      setWrong(true);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog title={t('room.leave.title')} onClose={onClose}>
      <form className="form" onSubmit={(event) => void submit(event)}>
        <p className="muted">{t('room.leave.guide')}</p>
        <div className="field">
          <label htmlFor={`${id}-pin`}>{t('room.leave.pin')}</label>
          <PinInput
            id={`${id}-pin`}
            autoComplete="off"
            value={pin}
            aria-invalid={isWrong}
            aria-describedby={isWrong ? `${id}-error` : undefined}
            onChange={(event) => {
              setPin(event.target.value);
              setWrong(false);
            }}
            autoFocus
          />
          {isWrong ? (
            <p id={`${id}-error`} className="field-error" role="alert">
              {waitSeconds > 0
                ? t('room.leave.wait', { seconds: waitSeconds })
                : t('room.leave.wrong')}
            </p>
          ) : null}
        </div>
        <DialogButtons
          submitLabel={t('room.leave.confirm')}
          cancelLabel={t('room.cancel')}
          onCancel={onClose}
          isSubmitDisabled={isBusy || pin.length === 0}
        />
      </form>
    </Dialog>
  );
}
