import type { ActionCategory, ActionStatus, Score } from '../types';

/** The words of the sample workshop in one language; the structure is built in code. */
export type SampleTexts = {
  organisation: string;
  title: string;
  facilitator: string;
  currentStatement: string;
  strengths: string[];
  weaknesses: string[];
  targetStatement: string;
  actions: {
    title: string;
    owner: string;
    dueInDays: number;
    status: ActionStatus;
    category: ActionCategory;
    impact: Score;
    effort: Score;
    description: string;
  }[];
  review: { reporter: string; format: string; notes: string };
};
