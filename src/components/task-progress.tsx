import { useId, useLayoutEffect, useRef } from 'react';
import { useT } from '../hooks/use-t';

type Props = {
  /** What is being done, shown above the bar: "Creating the PDF". */
  label: string;
  /** 0–100; null while the size of the work is not known yet (the bar then just moves). */
  percent: number | null;
  /** The step now under way: "Section 3 of 7: Current state · 24 pages". */
  detail?: string;
  /** Shown as a Cancel button that takes the focus while the task runs. */
  onCancel?: () => void;
};

/**
 * A long task's progress: a labelled bar, the step under way and a Cancel button. The focus
 * moves to Cancel while it runs (the button that started the task is disabled meanwhile) and
 * goes back to that button afterwards.
 */
export function TaskProgress({ label, percent, detail, onCancel }: Props) {
  const t = useT();
  const labelId = useId();
  const detailId = useId();
  const cancelRef = useRef<HTMLButtonElement>(null);

  useLayoutEffect(() => {
    const starter = document.activeElement;
    cancelRef.current?.focus();
    return () => {
      // After React has enabled the starting button again.
      requestAnimationFrame(() => {
        const isFocusLost =
          document.activeElement === document.body || document.activeElement === null;
        if (isFocusLost && starter instanceof HTMLElement && starter.isConnected) starter.focus();
      });
    };
  }, []);

  return (
    <div className="task-progress">
      <p className="task-progress-label" id={labelId}>
        {label}
      </p>
      <progress
        max={100}
        value={percent ?? undefined}
        aria-labelledby={labelId}
        aria-describedby={detail ? detailId : undefined}
        aria-valuetext={percent === null ? undefined : `${percent} %`}
      />
      {detail ? (
        // Not a live region: it changes with every page; the bar and the closing notice speak.
        <p className="task-progress-detail muted" id={detailId}>
          {detail}
        </p>
      ) : null}
      {onCancel ? (
        <button ref={cancelRef} type="button" className="button-secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      ) : null}
    </div>
  );
}
