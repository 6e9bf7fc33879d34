import { useId, useState, type FormEvent } from 'react';
import { Dialog, DialogButtons } from '../../components/dialog';
import type { EncryptedEnvelope } from '../../domain/backup/encrypted-backup';
import { useT } from '../../hooks/use-t';
import { TaskProgress } from '../../components/task-progress';

type Props = {
  envelope: EncryptedEnvelope;
  onClose: () => void;
  /** Called with the decrypted backup text. */
  onUnlocked: (text: string) => void;
};

/** Asks for the password of a protected backup; a wrong one can be tried again. */
export function UnlockDialog({ envelope, onClose, onUnlocked }: Props) {
  const t = useT();
  const id = useId();
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState('');
  const [isBusy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem('');
    setBusy(true);
    try {
      const { decryptEnvelope } = await import('../../domain/backup/encrypted-backup');
      const result = await decryptEnvelope(envelope, password);
      if (result.ok) onUnlocked(result.text);
      else setProblem(t(`privacy.error.${result.code}`));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog title={t('privacy.unlock.title')} onClose={onClose}>
      <form onSubmit={(event) => void submit(event)}>
        <p>{t('privacy.unlock.body')}</p>
        <div className="field">
          <label htmlFor={`${id}-password`}>{t('privacy.password')}</label>
          <input
            id={`${id}-password`}
            type="password"
            autoComplete="current-password"
            autoFocus
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
        </div>
        {problem ? (
          <p className="field-error" role="alert">
            {problem}
          </p>
        ) : null}
        {isBusy ? (
          <TaskProgress
            label={t('privacy.deriving')}
            percent={null}
            detail={t('data.restore.unlocking', { step: 1, steps: 3 })}
          />
        ) : null}
        <DialogButtons
          submitLabel={t('privacy.unlock.submit')}
          cancelLabel={t('common.cancel')}
          onCancel={onClose}
          isSubmitDisabled={isBusy || !password}
        />
      </form>
    </Dialog>
  );
}
