import { describe, expect, it } from 'vitest';
import { listParticipants } from '../../src/db/repositories/assessment';
import { listSegments, listStages } from '../../src/db/repositories/current-state';
import {
  createWorkshopFromTemplate,
  ensureSelfParticipant,
} from '../../src/db/repositories/workshop-start';
import { StorageError } from '../../src/db/errors';
import { listWorkshops } from '../../src/db/repositories/workshops';
import { givenWorkshop, workshopInput } from '../helpers/factories';

describe('starting a workshop', () => {
  it('gives a self-assessment exactly one implicit participant, even when asked twice at once', async () => {
    const workshop = await givenWorkshop({ mode: 'self' });
    const [a, b] = await Promise.all([
      ensureSelfParticipant(workshop.id, 'Päivi'),
      ensureSelfParticipant(workshop.id, 'Päivi'),
    ]);
    expect(a.id).toBe(b.id);
    expect(await listParticipants(workshop.id)).toHaveLength(1);
    expect((await ensureSelfParticipant(workshop.id, 'Someone else')).name).toBe('Päivi');
  });

  it('writes a template in the workshop’s language and refuses an unknown template', async () => {
    const workshop = await createWorkshopFromTemplate(
      workshopInput({ language: 'en' }),
      'educationTraining',
    );
    const stages = (await listStages(workshop.id)).sort((x, y) => x.order - y.order);
    expect(stages[0]?.name).toBe('Choosing a course');
    expect(await listSegments(workshop.id)).toHaveLength(3);

    await expect(createWorkshopFromTemplate(workshopInput(), 'noSuchSector')).rejects.toThrow(
      StorageError,
    );
    expect(await listWorkshops()).toHaveLength(1);
  });
});
