import type { NewFields } from '../../src/db/repositories/child-table';
import { createAction } from '../../src/db/repositories/actions';
import { createWorkshop } from '../../src/db/repositories/workshops';
import type { WorkshopInput } from '../../src/domain/workshop';

export function workshopInput(overrides: Partial<WorkshopInput> = {}): WorkshopInput {
  return {
    organisation: 'Testikunta',
    title: 'Palvelukulttuuri 2026',
    date: '2026-11-24',
    facilitator: 'Fasilitaattori Testinen',
    mode: 'facilitated',
    language: 'fi',
    ...overrides,
  };
}

export async function givenWorkshop(overrides: Partial<WorkshopInput> = {}) {
  return createWorkshop(workshopInput(overrides));
}

export async function givenWorkshopWithActions(titles: string[]) {
  const workshop = await givenWorkshop();
  const actions = [];
  for (const title of titles) actions.push(await createAction(workshop.id, { title }));
  return { workshop, actions };
}

export function evidenceFields(
  overrides: Partial<NewFields<'evidence'>> = {},
): NewFields<'evidence'> {
  return {
    text: 'Palaute',
    kind: 'feedback',
    tone: 'complaint',
    channel: '',
    touchpointId: '',
    segmentId: '',
    date: '',
    tags: [],
    themeId: '',
    principleIds: [],
    ...overrides,
  };
}
