/** The self-assessment wizard's steps, in order; each is a URL segment. */
export const WIZARD_STEPS = [
  'organisation',
  'feedback',
  'moments',
  'rate',
  'staff',
  'targets',
  'statements',
  'actions',
  'quick-wins',
  'plan',
] as const;

export type WizardStepId = (typeof WIZARD_STEPS)[number];

export function isWizardStep(value: unknown): value is WizardStepId {
  return typeof value === 'string' && (WIZARD_STEPS as readonly string[]).includes(value);
}

/** How many actions a manager alone is encouraged to pick. */
export const ACTION_PICK = { min: 3, max: 5 } as const;
export const QUICK_WIN_COUNT = 3;
