import { useCallback } from 'react';
import { toStorageError } from '../db/errors';
import { useT } from './use-t';
import { useNoticeStore } from '../stores/notice-store';

/** Turns a failed repository call into a translated error notice. */
export function useReportError() {
  const t = useT();
  const push = useNoticeStore((state) => state.push);
  return useCallback(
    (error: unknown) => {
      const { code } = toStorageError(error);
      push({ id: `error-${code}`, kind: 'error', message: t(`error.${code}`) });
    },
    [push, t],
  );
}
