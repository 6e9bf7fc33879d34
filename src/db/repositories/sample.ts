import { buildSampleWorkshop } from '../../domain/sample/sample-workshop';
import type { Language, Workshop } from '../../domain/types';
import { newId } from '../../lib/ids';
import { guardWrite } from '../errors';
import { checkContent, writeWorkshopContent } from './workshop-content';

export async function createSampleWorkshop(language: Language): Promise<Workshop> {
  const sample = buildSampleWorkshop(language, newId, new Date());
  await guardWrite(() => writeWorkshopContent(checkContent(sample)));
  return sample.workshop;
}
