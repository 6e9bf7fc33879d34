import { useEffect } from 'react';
import { useT } from '../hooks/use-t';
import { useNoticeStore, type Notice } from '../stores/notice-store';

function NoticeItem({ notice }: { notice: Notice }) {
  const t = useT();
  const dismiss = useNoticeStore((state) => state.dismiss);
  const timeoutMs = notice.timeoutMs ?? (notice.kind === 'error' ? undefined : 6000);
  useEffect(() => {
    if (!timeoutMs) return;
    const timer = setTimeout(() => dismiss(notice.id), timeoutMs);
    return () => clearTimeout(timer);
  }, [dismiss, notice.id, timeoutMs]);
  return (
    <li className={`notice notice-${notice.kind}`}>
      <span>{notice.message}</span>
      {notice.action ? (
        <button
          type="button"
          className="button-secondary"
          onClick={() => {
            notice.action?.run();
            dismiss(notice.id);
          }}
        >
          {notice.action.label}
        </button>
      ) : null}
      <button
        type="button"
        className="button-quiet"
        aria-label={t('notice.dismiss')}
        onClick={() => dismiss(notice.id)}
      >
        ✕
      </button>
    </li>
  );
}

/** Toasts; errors are announced assertively, the rest politely. */
export function Notices() {
  const notices = useNoticeStore((state) => state.notices);
  const errors = notices.filter((notice) => notice.kind === 'error');
  const others = notices.filter((notice) => notice.kind !== 'error');
  return (
    <div className="notices">
      <div role="alert" aria-live="assertive">
        <ul>
          {errors.map((notice) => (
            <NoticeItem key={notice.id} notice={notice} />
          ))}
        </ul>
      </div>
      <div role="status" aria-live="polite">
        <ul>
          {others.map((notice) => (
            <NoticeItem key={notice.id} notice={notice} />
          ))}
        </ul>
      </div>
    </div>
  );
}
