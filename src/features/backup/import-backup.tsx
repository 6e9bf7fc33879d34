import { useId, useState } from 'react';
import { Dialog } from '../../components/dialog';
import {
  existingWorkshopIds,
  importWorkshops,
  type ImportMode,
} from '../../db/repositories/backup';
import { MAX_BACKUP_BYTES } from '../../domain/backup/backup';
import type { EncryptedEnvelope } from '../../domain/backup/encrypted-backup';
import type { WorkshopContent } from '../../domain/workshop-content';
import { useReportError } from '../../hooks/use-storage-error-notice';
import { requestPersistentStorage } from '../../lib/storage';
import { useT } from '../../hooks/use-t';
import { useNoticeStore } from '../../stores/notice-store';
import { parseBackupOffThread } from './parse-off-thread';
import { RestoreProgress, type RestoreStep } from './restore-progress';
import { UnlockDialog } from './unlock-dialog';

/** Choose a file, check it fully, ask about conflicts, then write it all in one go. */
export function ImportBackup() {
  const t = useT();
  const id = useId();
  const push = useNoticeStore((state) => state.push);
  const reportError = useReportError();
  const [problem, setProblem] = useState('');
  const [isBusy, setBusy] = useState(false);
  const [pending, setPending] = useState<{
    contents: WorkshopContent[];
    conflicts: number;
    isRedacted: boolean;
  } | null>(null);
  const [locked, setLocked] = useState<EncryptedEnvelope | null>(null);
  // A protected file has one more step before these: its key derived and the file decrypted.
  const [wasLocked, setWasLocked] = useState(false);
  const [step, setStep] = useState<RestoreStep | null>(null);

  const write = async (contents: WorkshopContent[], mode: ImportMode, isRedacted: boolean) => {
    setPending(null);
    setStep('writing');
    try {
      const count = await importWorkshops(contents, mode);
      void requestPersistentStorage();
      const message = t(isRedacted ? 'data.importedRedacted' : 'data.imported', { count });
      push({ kind: 'success', message, timeoutMs: isRedacted ? 15_000 : undefined });
    } catch (error) {
      reportError(error);
    } finally {
      setStep(null);
    }
  };

  const choose = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    setProblem('');
    setWasLocked(false);
    if (!file) return;
    if (file.size > MAX_BACKUP_BYTES) return setProblem(t('data.error.tooLarge'));
    setBusy(true);
    try {
      const text = await file.text();
      const encrypted = await import('../../domain/backup/encrypted-backup');
      if (encrypted.looksEncrypted(text)) {
        const read = encrypted.readEnvelope(text);
        if (read.ok) setLocked(read.envelope);
        else setProblem(t(`privacy.error.${read.code}`));
        return;
      }
      await check(text);
    } catch {
      setProblem(t('data.error.unreadable'));
    } finally {
      setBusy(false);
    }
  };

  /** Validates a backup's text fully, then asks about conflicts or writes it. */
  const check = async (text: string) => {
    setStep('checking');
    const result = await parseBackupOffThread(text).finally(() => setStep(null));
    if (!result.ok) {
      setProblem(t(`data.error.${result.code}`, { detail: result.detail ?? '' }));
      return;
    }
    const conflicts = (await existingWorkshopIds(result.workshops)).length;
    const { isRedacted } = result;
    if (conflicts > 0) setPending({ contents: result.workshops, conflicts, isRedacted });
    else await write(result.workshops, 'keepBoth', isRedacted);
  };

  const unlocked = (text: string) => {
    setLocked(null);
    setWasLocked(true);
    check(text).catch(() => setProblem(t('data.error.unreadable')));
  };

  return (
    <div className="field">
      <label htmlFor={`${id}-file`}>{t('data.import')}</label>
      <p className="field-hint" id={`${id}-hint`}>
        {t('data.importHint')}
      </p>
      <input
        id={`${id}-file`}
        type="file"
        accept=".json,application/json"
        aria-describedby={`${id}-hint`}
        disabled={isBusy}
        onChange={(event) => void choose(event.target)}
      />
      {step ? (
        <RestoreProgress step={step} wasLocked={wasLocked} />
      ) : isBusy ? (
        <p role="status">{t('data.importing')}</p>
      ) : null}
      {problem ? (
        <p className="field-error" role="alert">
          {problem}
        </p>
      ) : null}
      {locked ? (
        <UnlockDialog envelope={locked} onClose={() => setLocked(null)} onUnlocked={unlocked} />
      ) : null}
      {pending ? (
        <Dialog title={t('data.conflict.title')} onClose={() => setPending(null)}>
          <p>{t('data.conflict.body', { count: pending.conflicts })}</p>
          {pending.isRedacted ? (
            <p className="field-error" role="alert">
              {t('data.conflict.redacted')}
            </p>
          ) : null}
          <div className="button-row">
            <button
              type="button"
              className="button-primary"
              onClick={() => void write(pending.contents, 'keepBoth', pending.isRedacted)}
            >
              {t('data.conflict.keepBoth')}
            </button>
            <button
              type="button"
              className="button-danger"
              onClick={() => void write(pending.contents, 'replace', pending.isRedacted)}
            >
              {t(pending.isRedacted ? 'data.conflict.replaceRedacted' : 'data.conflict.replace')}
            </button>
            <button type="button" className="button-secondary" onClick={() => setPending(null)}>
              {t('common.cancel')}
            </button>
          </div>
        </Dialog>
      ) : null}
    </div>
  );
}
