import { useEffect } from 'react';
import { useRegisterSW } from 'virtual:pwa-register/react';
import { useT } from '../hooks/use-t';
import { useNoticeStore } from '../stores/notice-store';

/**
 * Offers a new app version. Every tab, not only the one where "Update now" was clicked, writes
 * its pending saves before it reloads into the new version; a tab whose save fails stays.
 */
export function UpdatePrompt() {
  const t = useT();
  const push = useNoticeStore((state) => state.push);
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW({
    // The new version took over (from this tab or another): reload only once saved.
    onNeedReload: () => {
      // The save queue (and Dexie with it) stays out of the first load.
      void import('../db/save-queue')
        .then(({ updateWhenSaved }) =>
          updateWhenSaved(() => {
            window.location.reload();
            return Promise.resolve();
          }),
        )
        .then((isReloading) => {
          if (!isReloading) {
            push({ id: 'app-update-waits', kind: 'error', message: t('update.waitsForSaves') });
          }
        });
    },
  });

  useEffect(() => {
    if (!needRefresh) return;
    push({
      id: 'app-update',
      kind: 'info',
      message: t('update.available'),
      timeoutMs: 0,
      action: {
        label: t('update.reload'),
        run: () => {
          setNeedRefresh(false);
          void import('../db/save-queue')
            .then(({ updateWhenSaved }) => updateWhenSaved(() => updateServiceWorker(true)))
            .then((isUpdating) => {
              if (isUpdating) return;
              // A save failed: the header offers a retry and a backup; the update is offered again.
              setNeedRefresh(true);
              push({ id: 'app-update-waits', kind: 'error', message: t('update.waitsForSaves') });
            });
        },
      },
    });
  }, [needRefresh, push, setNeedRefresh, t, updateServiceWorker]);

  return null;
}
