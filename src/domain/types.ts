/** Core records. Every record has a string id (crypto.randomUUID) and an ISO `updatedAt`, so
 * backups can merge and a sync layer can be added later without reshaping the data. */

export type Language = 'fi' | 'en';
export const LANGUAGES: readonly Language[] = ['fi', 'en'];

export type WorkshopMode = 'facilitated' | 'self';
export const WORKSHOP_MODES: readonly WorkshopMode[] = ['facilitated', 'self'];

export type ListEntry = { id: string; text: string };

export type Workshop = {
  id: string;
  organisation: string;
  title: string;
  /** ISO date, YYYY-MM-DD; empty when not set. */
  date: string;
  facilitator: string;
  mode: WorkshopMode;
  /** Language of the workshop's content and of its PDF. */
  language: Language;
  currentStatement: string;
  strengths: ListEntry[];
  weaknesses: ListEntry[];
  targetStatement: string;
  createdAt: string;
  updatedAt: string;
  /** Set while a deletion can still be undone; purged afterwards. */
  deletedAt?: string;
};

export type ActionStatus = 'idea' | 'planned' | 'inProgress' | 'done' | 'dropped';
export const ACTION_STATUSES: readonly ActionStatus[] = [
  'idea',
  'planned',
  'inProgress',
  'done',
  'dropped',
];

export type Action = {
  id: string;
  workshopId: string;
  title: string;
  owner: string;
  /** ISO date, YYYY-MM-DD; empty when not set. */
  dueDate: string;
  status: ActionStatus;
  /** Position in the plan; lower comes first. */
  order: number;
  createdAt: string;
  updatedAt: string;
};
