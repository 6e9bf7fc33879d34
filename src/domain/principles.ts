/** The seven principles of good customer experience: the self-assessment dimensions. */
export const PRINCIPLE_IDS = [
  'genuineEncounter',
  'recognisingNeeds',
  'situationalAwareness',
  'smoothness',
  'responsibility',
  'communication',
  'exceedingExpectations',
] as const;

export type PrincipleId = (typeof PRINCIPLE_IDS)[number];

export function isPrincipleId(value: unknown): value is PrincipleId {
  return typeof value === 'string' && (PRINCIPLE_IDS as readonly string[]).includes(value);
}
