import { useEffect } from 'react';
import { watchConnection, type ConnectionProblem } from '../db/connection-events';
import { hasUnsavedEdits } from '../db/save-queue';
import type { MessageKey } from '../i18n';
import { useNoticeStore } from '../stores/notice-store';
import { useT } from './use-t';

const MESSAGES: Record<ConnectionProblem, MessageKey> = {
  newerVersionElsewhere: 'connection.newerElsewhere',
  blockedByOtherTab: 'error.upgradeBlocked',
  databaseNewer: 'error.databaseNewer',
};

/** Turns database connection problems into notices that say what to do. */
export function useConnectionNotices(): void {
  const t = useT();
  const push = useNoticeStore((state) => state.push);
  const dismiss = useNoticeStore((state) => state.dismiss);
  useEffect(() => {
    watchConnection(
      (problem) => {
        // A reload would throw away what this tab could not write: no Reload button then.
        const isUnsaved = problem !== 'blockedByOtherTab' && hasUnsavedEdits();
        push({
          id: `connection-${problem}`,
          kind: 'error',
          message: t(isUnsaved ? 'connection.newerUnsaved' : MESSAGES[problem]),
          action:
            problem === 'blockedByOtherTab' || isUnsaved
              ? undefined
              : { label: t('error.crash.reload'), run: () => window.location.reload() },
        });
      },
      // An upgrade that was blocked has gone through: the other tab was closed.
      () => dismiss('connection-blockedByOtherTab'),
    );
    // Registered once for the page's lifetime.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
}
