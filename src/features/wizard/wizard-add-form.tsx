import type { ComponentProps } from 'react';
import { AddOneForm } from '../../components/add-one-form';
import { LIMITS } from '../../domain/limits';

/** The wizard's way to add one entry: a wide field and its button, wrapping on narrow screens. */
export function WizardAddForm(props: Omit<ComponentProps<typeof AddOneForm>, 'className'>) {
  return <AddOneForm className="wizard-add-form" maxLength={LIMITS.listEntry} {...props} />;
}
