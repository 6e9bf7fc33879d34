import { useEffect } from 'react';
import { useRegisterSW } from 'virtual:pwa-register/react';
import { flushSaves } from '../lib/save-queue';
import { useT } from '../i18n/use-t';
import { useNoticeStore } from '../stores/notice-store';

/** Offers a new app version; pending saves are flushed before the page reloads. */
export function UpdatePrompt() {
  const t = useT();
  const push = useNoticeStore((state) => state.push);
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW();

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
          void flushSaves().then(() => updateServiceWorker(true));
        },
      },
    });
  }, [needRefresh, push, setNeedRefresh, t, updateServiceWorker]);

  return null;
}
