import { useState } from 'react';
import {
  hasErrors,
  validateWorkshopInput,
  type WorkshopInput,
  type WorkshopInputErrors,
} from '../../domain/workshop';

/** A workshop's basic details being typed: a field's error clears as soon as it is edited. */
export function useWorkshopInput(initial: WorkshopInput) {
  const [input, setInput] = useState(initial);
  const [errors, setErrors] = useState<WorkshopInputErrors>({});
  const set = <K extends keyof WorkshopInput>(field: K, value: WorkshopInput[K]) => {
    setInput((previous) => ({ ...previous, [field]: value }));
    setErrors((previous) => ({ ...previous, [field]: undefined }));
  };
  /** The details checked and tidied, or null once the errors are showing. */
  const validate = (): WorkshopInput | null => {
    const result = validateWorkshopInput(input);
    if (!hasErrors(result.errors)) return result.value;
    setErrors(result.errors);
    return null;
  };
  return { input, errors, set, validate };
}
