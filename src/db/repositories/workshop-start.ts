import { templateContent } from '../../domain/templates';
import type { JourneyStage, Participant, Segment, Workshop } from '../../domain/types';
import {
  hasErrors,
  newWorkshop,
  validateWorkshopInput,
  type WorkshopInput,
} from '../../domain/workshop';
import { newId, nowIso } from '../../lib/ids';
import { db } from '../database';
import { guardWrite, StorageError } from '../errors';
import { addChecked } from './rows';
import { newTouchpoint } from './journey';
import { duplicateWorkshop, updateWorkshop } from './workshops';

/**
 * Creates a workshop pre-filled from a sector template: its journey stages with touchpoints and
 * its customer segments, in the workshop's language. The template id is kept on the workshop so
 * its evidence sources and action ideas can be offered later.
 */
export async function createWorkshopFromTemplate(
  input: WorkshopInput,
  templateId: string,
): Promise<Workshop> {
  const { value, errors } = validateWorkshopInput(input);
  if (hasErrors(errors)) throw new StorageError('invalidInput');
  const content = templateContent(templateId, value.language);
  if (!content) throw new StorageError('invalidInput');
  const now = nowIso();
  const workshop: Workshop = { ...newWorkshop(value, newId(), now), templateId };
  await guardWrite(() =>
    db.transaction('rw', db.workshops, db.journeyStages, db.touchpoints, db.segments, async () => {
      await addChecked('workshops', [workshop]);
      for (const [order, stageTemplate] of content.stages.entries()) {
        const stage: JourneyStage = {
          id: newId(),
          workshopId: workshop.id,
          name: stageTemplate.name,
          order,
          createdAt: now,
          updatedAt: now,
        };
        await addChecked('journeyStages', [stage]);
        await addChecked(
          'touchpoints',
          stageTemplate.touchpoints.map((name, index) =>
            newTouchpoint(workshop.id, stage.id, name, index),
          ),
        );
      }
      await addChecked(
        'segments',
        content.segments.map((segment, order): Segment => ({
          id: newId(),
          workshopId: workshop.id,
          name: segment.name,
          description: '',
          needs: segment.needs,
          importance: null,
          order,
          createdAt: now,
          updatedAt: now,
        })),
      );
    }),
  );
  return workshop;
}

/**
 * Starts a re-assessment from an earlier workshop: a full copy (the existing duplicate) that then
 * takes the details typed on the new-workshop form.
 */
export async function createWorkshopFromEarlier(
  input: WorkshopInput,
  sourceId: string,
  copyWord: string,
): Promise<Workshop> {
  const { value, errors } = validateWorkshopInput(input);
  if (hasErrors(errors)) throw new StorageError('invalidInput');
  const copy = await duplicateWorkshop(sourceId, copyWord);
  await updateWorkshop(copy.id, value);
  return { ...copy, ...value };
}

/**
 * The single implicit participant of a self-assessment: the first participant, created on first
 * need inside one transaction so two screens opening at once never make two.
 */
export async function ensureSelfParticipant(
  workshopId: string,
  name: string,
): Promise<Participant> {
  return guardWrite(() =>
    db.transaction('rw', db.participants, async () => {
      const existing = await db.participants.where('workshopId').equals(workshopId).toArray();
      const first = existing.sort((a, b) => a.order - b.order)[0];
      if (first) return first;
      const now = nowIso();
      const participant: Participant = {
        id: newId(),
        workshopId,
        name,
        group: '',
        order: 0,
        createdAt: now,
        updatedAt: now,
      };
      await addChecked('participants', [participant]);
      return participant;
    }),
  );
}
