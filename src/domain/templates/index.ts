import type { Language } from '../types';
import { businessServices } from './business-services';
import { educationTraining } from './education-training';
import { healthSocialCare } from './health-social-care';
import { publicServices } from './public-services';
import { retailHospitality } from './retail-hospitality';
import type { SectorContent, SectorTemplate } from './types';

export type { SectorContent, SectorId, SectorTemplate, TemplateActionIdea } from './types';
export { SECTOR_IDS } from './types';

/** Sector templates a workshop can start from, in the order they are offered. */
export const SECTOR_TEMPLATES: readonly SectorTemplate[] = [
  retailHospitality,
  publicServices,
  healthSocialCare,
  educationTraining,
  businessServices,
];

/** The template's content in one language; undefined for '' or an unknown (e.g. removed) id. */
export function templateContent(templateId: string, language: Language): SectorContent | undefined {
  return SECTOR_TEMPLATES.find((template) => template.id === templateId)?.content[language];
}
