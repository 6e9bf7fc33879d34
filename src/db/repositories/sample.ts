import { buildSampleWorkshop } from '../../domain/sample/sample-workshop';
import type { Language, Workshop } from '../../domain/types';
import { newId } from '../../lib/ids';
import { guardWrite } from '../errors';
import { writeWorkshopBundle } from './workshop-bundle';

export async function createSampleWorkshop(language: Language): Promise<Workshop> {
  const sample = buildSampleWorkshop(language, newId, new Date());
  const { workshop, ...children } = sample;
  await guardWrite(() => writeWorkshopBundle({ workshop, children }));
  return sample.workshop;
}
