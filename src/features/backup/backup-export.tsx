import { useId, useState } from 'react';
import { Checkbox } from '../../components/checkbox';
import { passwordStrength } from '../../domain/backup/password-strength';
import { useBackupDownload } from '../../hooks/use-backup-download';
import { useReportError } from '../../hooks/use-storage-error-notice';
import { useT } from '../../hooks/use-t';
import { useNoticeStore } from '../../stores/notice-store';

/** Download a backup of everything: plain, redacted, and/or protected with a password. */
export function BackupExport() {
  const t = useT();
  const id = useId();
  const push = useNoticeStore((state) => state.push);
  const reportError = useReportError();
  const downloadBackup = useBackupDownload();
  const [isRedacted, setRedacted] = useState(false);
  const [isEncrypted, setEncrypted] = useState(false);
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [problem, setProblem] = useState('');
  const [isBusy, setBusy] = useState(false);

  const exportAll = async () => {
    setProblem('');
    const strength = passwordStrength(password);
    if (isEncrypted && strength === 'tooShort') return setProblem(t('privacy.passwordShort'));
    if (isEncrypted && strength === 'weak') return setProblem(t('privacy.passwordWeak'));
    if (isEncrypted && password !== repeat) return setProblem(t('privacy.passwordMismatch'));
    setBusy(true);
    try {
      const fileName = await downloadBackup(undefined, {
        isRedacted,
        password: isEncrypted ? password : undefined,
      });
      setPassword('');
      setRepeat('');
      push({ kind: 'success', message: t('data.exported', { fileName }) });
    } catch (error) {
      reportError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <fieldset className="field backup-export">
      <legend>{t('privacy.backupOptions')}</legend>
      <Checkbox label={t('privacy.redactExport')} checked={isRedacted} onChange={setRedacted} />
      <Checkbox label={t('privacy.encrypt')} checked={isEncrypted} onChange={setEncrypted} />
      {isEncrypted ? (
        <div className="backup-password">
          <p className="field-hint" id={`${id}-hint`}>
            {t('privacy.passwordHint')}
          </p>
          <div className="field">
            <label htmlFor={`${id}-password`}>{t('privacy.password')}</label>
            <input
              id={`${id}-password`}
              type="password"
              autoComplete="new-password"
              aria-describedby={`${id}-hint ${id}-strength`}
              value={password}
              onChange={(event) => setPassword(event.target.value)}
            />
            <p className="field-hint" id={`${id}-strength`} aria-live="polite">
              {password ? t(`privacy.strength.${passwordStrength(password)}`) : ''}
            </p>
          </div>
          <div className="field">
            <label htmlFor={`${id}-repeat`}>{t('privacy.passwordRepeat')}</label>
            <input
              id={`${id}-repeat`}
              type="password"
              autoComplete="new-password"
              value={repeat}
              onChange={(event) => setRepeat(event.target.value)}
            />
          </div>
        </div>
      ) : null}
      {problem ? (
        <p className="field-error" role="alert">
          {problem}
        </p>
      ) : null}
      <button
        type="button"
        className="button-primary"
        disabled={isBusy}
        onClick={() => void exportAll()}
      >
        {t('data.exportAll')}
      </button>
      {isBusy && isEncrypted ? <KeyProgress /> : null}
    </fieldset>
  );
}

/** PBKDF2 is one call without progress events: an indeterminate bar shows it is working. */
export function KeyProgress() {
  const t = useT();
  return (
    <p role="status" className="key-progress">
      <progress aria-label={t('privacy.deriving')} />
      {t('privacy.deriving')}
    </p>
  );
}
