import type { PrincipleId } from '../principles';
import type { ActionCategory, Language } from '../types';

export const SECTOR_IDS = [
  'retailHospitality',
  'publicServices',
  'healthSocialCare',
  'educationTraining',
  'businessServices',
] as const;

export type SectorId = (typeof SECTOR_IDS)[number];

export type TemplateActionIdea = {
  category: ActionCategory;
  principleId: PrincipleId;
  text: string;
};

/** A sector template's proposals in one language; every name is a starting point to edit. */
export type SectorContent = {
  name: string;
  description: string;
  stages: { name: string; touchpoints: string[] }[];
  segments: { name: string; needs: string }[];
  /** Where feedback and experiences typically come from in this sector (evidence channels). */
  evidenceSources: string[];
  actionIdeas: TemplateActionIdea[];
};

export type SectorTemplate = { id: SectorId; content: Record<Language, SectorContent> };
