import { describe, expect, it } from 'vitest';
import { db } from '../../src/db/database';
import { createAction, updateAction } from '../../src/db/repositories/actions';
import { createParticipant } from '../../src/db/repositories/assessment';
import { createEvidence } from '../../src/db/repositories/current-state';
import {
  appendToWorkshopList,
  getWorkshop,
  updateWorkshop,
} from '../../src/db/repositories/workshops';
import { LIMITS } from '../../src/domain/limits';
import { journalPendingEdits, replayPendingEdits } from '../../src/db/save-journal';
import { evidenceFields, givenWorkshop } from '../helpers/factories';

const entries = (count: number) =>
  Array.from({ length: count }, (_, index) => ({ id: `s-${index}`, text: `Vahvuus ${index}` }));

describe('every write is checked against the record’s schema', () => {
  it('refuses a list over its limit with overLimit, naming the field, and keeps what was stored', async () => {
    const workshop = await givenWorkshop();
    await updateWorkshop(workshop.id, { strengths: entries(LIMITS.listLength) });
    await expect(
      appendToWorkshopList(workshop.id, 'strengths', 'Yksi liikaa'),
    ).rejects.toMatchObject({ code: 'overLimit', field: 'workshops.strengths' });
    await expect(
      updateWorkshop(workshop.id, { weaknesses: entries(LIMITS.listLength + 1) }),
    ).rejects.toMatchObject({ code: 'overLimit', field: 'workshops.weaknesses' });
    const stored = await getWorkshop(workshop.id);
    expect(stored?.strengths).toHaveLength(LIMITS.listLength);
    expect(stored?.weaknesses).toEqual([]);
  });

  it('refuses a number out of its range and a value the model does not know', async () => {
    const workshop = await givenWorkshop();
    await expect(updateWorkshop(workshop.id, { dotsPerParticipant: 50 })).rejects.toMatchObject({
      code: 'overLimit',
      field: 'workshops.dotsPerParticipant',
    });
    const action = await createAction(workshop.id, { title: 'Jonotiedote' });
    // A status that is not in the model, as a stale tab or a bug could send it.
    const status = 'finished' as unknown as 'done';
    await expect(updateAction(action.id, { status })).rejects.toMatchObject({
      code: 'invalidInput',
      field: 'actions.status',
    });
    expect((await db.actions.get(action.id))?.status).toBe('planned');
  });

  it('cuts texts to the limit of their field and drops fields the model does not have', async () => {
    const workshop = await givenWorkshop();
    const action = await createAction(workshop.id, { title: 'x'.repeat(5_000) });
    expect(action.title).toHaveLength(LIMITS.listEntry);
    const participant = await createParticipant(workshop.id, { name: 'n'.repeat(500), group: '' });
    expect((await db.participants.get(participant.id))?.name).toHaveLength(LIMITS.shortText);
    const stray = { ...evidenceFields({ text: 'Palaute' }), mood: 'grumpy' };
    const item = await createEvidence(workshop.id, stray);
    expect(await db.evidence.get(item.id)).not.toHaveProperty('mood');
  });
});

describe('edits journaled while a tab was closing', () => {
  it('are replayed through the repository: newer ones land, older and invalid ones are dropped', async () => {
    const workshop = await givenWorkshop();
    const later = new Date(Date.now() + 60_000).toISOString();
    const target = { table: 'workshops', id: workshop.id } as const;
    journalPendingEdits([
      { target: { ...target, field: 'currentStatement' }, value: 'Kirjoitettu ennen sulkemista' },
      { target: { ...target, field: 'title' }, value: '   ' },
      { target: { ...target, field: 'targetStatement' }, value: 'Vanhempi kuin tallennettu' },
    ]);
    await updateWorkshop(workshop.id, { targetStatement: 'Muutettu sen jälkeen' });
    // The first two entries are made newer than the stored workshop; the third stays older.
    const journal = JSON.parse(localStorage.getItem('palvelupolku.pending-edits')!) as {
      at: string;
    }[];
    journal[0]!.at = later;
    journal[1]!.at = later;
    localStorage.setItem('palvelupolku.pending-edits', JSON.stringify(journal));

    expect(await replayPendingEdits()).toBe(1);
    const stored = await getWorkshop(workshop.id);
    expect(stored?.currentStatement).toBe('Kirjoitettu ennen sulkemista');
    expect(stored?.title).toBe(workshop.title);
    expect(stored?.targetStatement).toBe('Muutettu sen jälkeen');
    expect(stored?.updatedAt).toBe(later);
    expect(localStorage.getItem('palvelupolku.pending-edits')).toBeNull();
  });
});
