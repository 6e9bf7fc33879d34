import type { ReactNode } from 'react';

type Props = {
  isBusy: boolean;
  /** Shown instead of the label while the work runs: "Exporting…". */
  busyLabel: string;
  onClick: () => void;
  children: ReactNode;
};

/** The main button of a slow task (building the PDF): disabled, and saying so, while it works. */
export function BusyButton({ isBusy, busyLabel, onClick, children }: Props) {
  return (
    <button type="button" className="button-primary" disabled={isBusy} onClick={onClick}>
      {isBusy ? busyLabel : children}
    </button>
  );
}
