import { WORKSHOP_FIELD_DEFAULTS } from './defaults';
import { LIMITS } from './limits';
import type { Language, Workshop, WorkshopMode } from './types';

export type WorkshopInput = {
  organisation: string;
  title: string;
  date: string;
  facilitator: string;
  mode: WorkshopMode;
  language: Language;
};

export type FieldErrorCode = 'required' | 'tooLong' | 'invalidDate';
export type WorkshopInputErrors = Partial<Record<keyof WorkshopInput, FieldErrorCode>>;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** Trims the text fields; returns the cleaned input and the errors per field. */
export function validateWorkshopInput(input: WorkshopInput): {
  value: WorkshopInput;
  errors: WorkshopInputErrors;
} {
  const value: WorkshopInput = {
    ...input,
    organisation: input.organisation.trim(),
    title: input.title.trim(),
    facilitator: input.facilitator.trim(),
    date: input.date.trim(),
  };
  const errors: WorkshopInputErrors = {};
  for (const field of ['organisation', 'title'] as const) {
    if (!value[field]) errors[field] = 'required';
  }
  for (const field of ['organisation', 'title', 'facilitator'] as const) {
    if (value[field].length > LIMITS.shortText) errors[field] = 'tooLong';
  }
  if (value.date && !isIsoDate(value.date)) errors.date = 'invalidDate';
  return { value, errors };
}

export function hasErrors(errors: object): boolean {
  return Object.keys(errors).length > 0;
}

export function newWorkshop(input: WorkshopInput, id: string, now: string): Workshop {
  return {
    id,
    ...input,
    ...structuredClone(WORKSHOP_FIELD_DEFAULTS),
    createdAt: now,
    updatedAt: now,
  };
}

/** "Copy of" title for a duplicated workshop, e.g. for next year's re-assessment. */
export function duplicateTitle(title: string, copyWord: string): string {
  return `${title} (${copyWord})`.slice(0, LIMITS.shortText);
}
