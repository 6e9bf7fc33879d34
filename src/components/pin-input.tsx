import type { InputHTMLAttributes } from 'react';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'inputMode' | 'maxLength'>;

/** A hidden field for a room-mode PIN (up to six digits, number keypad on tablets). */
export function PinInput(props: Props) {
  return <input {...props} type="password" inputMode="numeric" maxLength={6} />;
}
