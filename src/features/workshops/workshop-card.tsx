import { useState } from 'react';
import { Link } from 'react-router';
import { paths } from '../../config/paths';
import {
  deleteWorkshop,
  duplicateWorkshop,
  purgeDeletedWorkshops,
  UNDO_DELETE_MS,
  undoDeleteWorkshop,
} from '../../db/repositories/workshops';
import type { Workshop } from '../../domain/types';
import { useBackupDownload } from '../../hooks/use-backup-download';
import { useReportError } from '../../hooks/use-storage-error-notice';
import { formatDate } from '../../lib/dates';
import { useT } from '../../hooks/use-t';
import { useWorkshopT } from '../../hooks/use-workshop-t';
import { useNoticeStore } from '../../stores/notice-store';
import { useUiStore } from '../../stores/ui-store';
import { needsBackup, useBackupStore } from '../../stores/backup-store';
import { ConfirmDeleteDialog } from './confirm-delete-dialog';
import { DetailsDialog } from './details-dialog';

export function WorkshopCard({ workshop }: { workshop: Workshop }) {
  const t = useT();
  const workshopT = useWorkshopT(workshop.language);
  const language = useUiStore((state) => state.language);
  const push = useNoticeStore((state) => state.push);
  const reportError = useReportError();
  const downloadBackup = useBackupDownload();
  const [dialog, setDialog] = useState<'details' | 'delete' | null>(null);
  const isBackupDue = useBackupStore((state) => needsBackup(state, workshop));
  const dismissReminder = useBackupStore((state) => state.dismiss);

  const backUp = async () => {
    try {
      const fileName = await downloadBackup([workshop.id]);
      push({ kind: 'success', message: t('workshop.backedUp', { fileName }) });
    } catch (error) {
      reportError(error);
    }
  };

  const duplicate = async () => {
    try {
      const copy = await duplicateWorkshop(workshop.id, workshopT('workshop.copyWord'));
      push({ kind: 'success', message: t('workshop.duplicated', { title: copy.title }) });
    } catch (error) {
      reportError(error);
    }
  };

  const remove = async () => {
    setDialog(null);
    try {
      await deleteWorkshop(workshop.id);
      push({
        kind: 'info',
        message: t('workshop.deleted', { title: workshop.title }),
        timeoutMs: UNDO_DELETE_MS,
        action: { label: t('notice.undo'), run: () => void undoDeleteWorkshop(workshop.id) },
      });
      setTimeout(() => void purgeDeletedWorkshops(), UNDO_DELETE_MS + 500);
    } catch (error) {
      reportError(error);
    }
  };

  return (
    <li className="workshop-card">
      <div>
        <p className="eyebrow">{workshop.organisation}</p>
        <h2>
          <Link to={paths.phase(workshop.id, 'current')}>{workshop.title}</Link>
        </h2>
        <p className="muted">
          {[
            workshop.date ? formatDate(workshop.date, language) : null,
            t(`mode.${workshop.mode}`),
            workshop.facilitator || null,
            t('workshop.updated', { date: formatDate(workshop.updatedAt, language) }),
          ]
            .filter(Boolean)
            .join(' · ')}
        </p>
      </div>
      <div
        className="card-actions"
        role="group"
        aria-label={t('workshop.actionsFor', { title: workshop.title })}
      >
        <button type="button" className="button-quiet" onClick={() => setDialog('details')}>
          {t('workshop.rename')}
        </button>
        <button type="button" className="button-quiet" onClick={() => void duplicate()}>
          {t('workshop.duplicate')}
        </button>
        <button type="button" className="button-quiet" onClick={() => void backUp()}>
          {t('workshop.exportBackup')}
        </button>
        <button type="button" className="button-quiet danger" onClick={() => setDialog('delete')}>
          {t('workshop.delete')}
        </button>
      </div>
      {isBackupDue ? (
        <p className="backup-reminder">
          <span>{t('workshop.needsBackup')}</span>
          <button type="button" className="button-secondary" onClick={() => void backUp()}>
            {t('workshop.exportBackup')}
          </button>
          <button
            type="button"
            className="button-quiet"
            onClick={() => dismissReminder(workshop.id, workshop.updatedAt)}
          >
            {t('workshop.dismissReminder')}
          </button>
        </p>
      ) : null}
      {dialog === 'details' ? (
        <DetailsDialog workshop={workshop} onClose={() => setDialog(null)} />
      ) : null}
      {dialog === 'delete' ? (
        <ConfirmDeleteDialog
          workshop={workshop}
          onCancel={() => setDialog(null)}
          onConfirm={() => void remove()}
        />
      ) : null}
    </li>
  );
}
