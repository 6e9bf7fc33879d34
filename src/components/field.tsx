import { useId, type ReactNode } from 'react';

type Props = {
  label: ReactNode;
  /** The control, given the id its label points to. */
  children: (id: string) => ReactNode;
  className?: string;
};

/** A label above its control (a select, a date…), tied to it for screen readers. */
export function Field({ label, children, className = 'field' }: Props) {
  const id = useId();
  return (
    <div className={className}>
      <label htmlFor={id}>{label}</label>
      {children(id)}
    </div>
  );
}
