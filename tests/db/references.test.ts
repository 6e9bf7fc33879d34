import { describe, expect, it } from 'vitest';
import { db } from '../../src/db/database';
import {
  createAction,
  deleteAction,
  listActions,
  restoreAction,
  updateAction,
} from '../../src/db/repositories/actions';
import {
  generateAgenda,
  deleteAgendaStep,
  listAgenda,
  setTimer,
} from '../../src/db/repositories/agenda';
import {
  createIndicator,
  deleteIndicator,
  restoreIndicator,
  setRating,
} from '../../src/db/repositories/assessment';
import {
  createEvidence,
  createSegment,
  createStage,
  createTheme,
  deleteEvidence,
  deleteSegment,
  deleteStage,
  deleteTheme,
  restoreSegment,
  restoreStage,
} from '../../src/db/repositories/current-state';
import { createTouchpoint } from '../../src/db/repositories/journey';
import { changeVote, createReview, listVotes } from '../../src/db/repositories/path';
import { getWorkshop } from '../../src/db/repositories/workshops';
import { REVIEW_FIELD_DEFAULTS } from '../../src/domain/defaults';
import { evidenceFields, givenWorkshop } from '../helpers/factories';

const reviewFields = { ...REVIEW_FIELD_DEFAULTS, date: '2027-01-15', isHeld: true };

const evidenceOf = async (id: string) => (await db.evidence.get(id))!;

describe('deleting a record follows the references of the data model', () => {
  it('keeps the evidence of a deleted segment, unlinked, and links it again on undo', async () => {
    const workshop = await givenWorkshop();
    const families = await createSegment(workshop.id, {
      name: 'Lapsiperheet',
      description: '',
      needs: '',
      importance: null,
    });
    const item = await createEvidence(workshop.id, evidenceFields({ segmentId: families.id }));

    const removal = await deleteSegment(families.id);
    expect(await db.segments.get(families.id)).toBeUndefined();
    expect((await evidenceOf(item.id)).segmentId).toBe('');

    await restoreSegment(removal!);
    expect(await db.segments.get(families.id)).toMatchObject({ name: 'Lapsiperheet' });
    expect((await evidenceOf(item.id)).segmentId).toBe(families.id);
  });

  it('takes a deleted stage with its touchpoints, unlinking their evidence and actions, all undoable', async () => {
    const workshop = await givenWorkshop();
    const stage = await createStage(workshop.id, { name: 'Saapuminen' });
    const desk = await createTouchpoint(workshop.id, stage.id, 'Vastaanotto');
    const item = await createEvidence(workshop.id, evidenceFields({ touchpointId: desk.id }));
    const action = await createAction(workshop.id, {
      title: 'Jonotiedote',
      addresses: ['smoothness', desk.id],
    });

    const removal = await deleteStage(stage.id);
    expect(await db.touchpoints.get(desk.id)).toBeUndefined();
    expect((await evidenceOf(item.id)).touchpointId).toBe('');
    expect((await db.actions.get(action.id))?.addresses).toEqual(['smoothness']);

    await restoreStage(removal!);
    expect(await db.touchpoints.get(desk.id)).toMatchObject({ name: 'Vastaanotto' });
    expect((await evidenceOf(item.id)).touchpointId).toBe(desk.id);
    expect((await db.actions.get(action.id))?.addresses).toEqual(['smoothness', desk.id]);
  });

  it('stops actions pointing at a deleted indicator or theme', async () => {
    const workshop = await givenWorkshop();
    const indicator = await createIndicator(workshop.id, {
      name: 'NPS',
      unit: '',
      baseline: '20',
      target: '40',
      targetDate: '',
      method: '',
      segmentIds: [],
    });
    const theme = await createTheme(workshop.id, { name: 'Jonot' });
    const action = await createAction(workshop.id, { title: 'Mittari' });
    await updateAction(action.id, {
      indicatorId: indicator.id,
      addresses: [indicator.id, theme.id],
    });

    const removal = await deleteIndicator(indicator.id);
    expect(await db.actions.get(action.id)).toMatchObject({
      indicatorId: '',
      addresses: [theme.id],
    });
    await deleteTheme(theme.id);
    expect((await db.actions.get(action.id))?.addresses).toEqual([]);

    await restoreIndicator(removal!);
    expect((await db.actions.get(action.id))?.indicatorId).toBe(indicator.id);
  });

  it('takes a deleted indicator’s readings out of the reviews, and gives them back on undo', async () => {
    const workshop = await givenWorkshop();
    const fields = { unit: '%', target: '15 %', targetDate: '', method: '', segmentIds: [] };
    const complaints = await createIndicator(workshop.id, {
      ...fields,
      name: 'Moitteet',
      baseline: '40 %',
    });
    const waiting = await createIndicator(workshop.id, { ...fields, name: 'Jono', baseline: '9' });
    const review = await createReview(workshop.id, {
      ...reviewFields,
      indicatorReadings: [
        { indicatorId: complaints.id, value: '32 %' },
        { indicatorId: waiting.id, value: '7' },
      ],
    });

    const removal = await deleteIndicator(complaints.id);
    expect((await db.reviews.get(review.id))?.indicatorReadings).toEqual([
      { indicatorId: waiting.id, value: '7' },
    ]);
    await restoreIndicator(removal!);
    expect((await db.reviews.get(review.id))?.indicatorReadings).toEqual([
      { indicatorId: complaints.id, value: '32 %' },
      { indicatorId: waiting.id, value: '7' },
    ]);
  });

  it('takes a deleted action’s dots and review notes with it, and gives them back on undo', async () => {
    const workshop = await givenWorkshop();
    const action = await createAction(workshop.id, { title: 'Palautehetki' });
    await changeVote(workshop.id, 'p-1', action.id, 1, 5);
    const review = await createReview(workshop.id, {
      date: '2027-01-15',
      reporter: '',
      format: '',
      notes: '',
      isHeld: false,
      actionNotes: [{ actionId: action.id, status: 'inProgress', note: 'Aloitettu' }],
      routineChecks: [{ actionId: action.id, outcome: 'partly' }],
      changeAgentReport: '',
      wordOfMouthGood: null,
      wordOfMouthBad: null,
      indicatorReadings: [],
    });

    const removal = await deleteAction(action.id);
    expect(await listActions(workshop.id)).toEqual([]);
    expect(await listVotes(workshop.id)).toEqual([]);
    expect((await db.reviews.get(review.id))?.actionNotes).toEqual([]);
    expect((await db.reviews.get(review.id))?.routineChecks).toEqual([]);

    await restoreAction(removal!);
    expect(await listActions(workshop.id)).toMatchObject([{ title: 'Palautehetki' }]);
    expect(await listVotes(workshop.id)).toMatchObject([{ actionId: action.id, dots: 1 }]);
    expect((await db.reviews.get(review.id))?.actionNotes).toMatchObject([{ note: 'Aloitettu' }]);
    expect((await db.reviews.get(review.id))?.routineChecks).toEqual([
      { actionId: action.id, outcome: 'partly' },
    ]);
  });

  it('stops the timer running on a deleted agenda step', async () => {
    const workshop = await givenWorkshop();
    await generateAgenda(workshop.id, 'fi');
    const [first, second] = await listAgenda(workshop.id);
    await setTimer(workshop.id, {
      stepId: first!.id,
      runningSince: Date.now(),
      elapsedMs: 0,
      extraMinutes: 0,
    });
    await deleteAgendaStep(second!.id);
    expect((await getWorkshop(workshop.id))?.timer?.stepId).toBe(first!.id);
    await deleteAgendaStep(first!.id);
    expect((await getWorkshop(workshop.id))?.timer).toBeNull();
  });

  it('takes a deleted evidence item out of the ratings that cite it', async () => {
    const workshop = await givenWorkshop();
    const item = await createEvidence(workshop.id, evidenceFields());
    const key = {
      workshopId: workshop.id,
      participantId: 'p-1',
      principleId: 'smoothness' as const,
    };
    await setRating(key, 2);
    const [rating] = await db.ratings.toArray();
    await db.ratings.update(rating!.id, { evidenceIds: [item.id] });

    await deleteEvidence(item.id);
    expect((await db.ratings.get(rating!.id))?.evidenceIds).toEqual([]);
  });
});
