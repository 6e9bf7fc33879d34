import { useEffect, useId, useRef, type ReactNode } from 'react';

type Props = {
  title: string;
  onClose: () => void;
  children: ReactNode;
};

/** A modal built on <dialog>: focus is trapped by the browser and Escape closes it. */
export function Dialog({ title, onClose, children }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      {children}
    </dialog>
  );
}

type ButtonsProps = {
  submitLabel: string;
  cancelLabel: string;
  onCancel: () => void;
  isSubmitDisabled?: boolean;
};

/** The submit and cancel buttons at the foot of a dialog's form. */
export function DialogButtons({
  submitLabel,
  cancelLabel,
  onCancel,
  isSubmitDisabled = false,
}: ButtonsProps) {
  return (
    <div className="button-row">
      <button type="submit" className="button-primary" disabled={isSubmitDisabled}>
        {submitLabel}
      </button>
      <button type="button" className="button-secondary" onClick={onCancel}>
        {cancelLabel}
      </button>
    </div>
  );
}
