import { describe, expect, it } from 'vitest';
import {
  listParticipants,
  listRatings,
  listStaffRatings,
} from '../../src/db/repositories/assessment';
import {
  leaveRoomSession,
  revealRoomSession,
  startRoomSession,
} from '../../src/db/repositories/room';
import { listRoomEntries, submitRoomRatings } from '../../src/db/repositories/room-entries';
import { createSampleWorkshop } from '../../src/db/repositories/sample';
import { duplicateWorkshop } from '../../src/db/repositories/workshops';
import { givenWorkshop } from '../helpers/factories';

describe('the staff experience check in room mode', () => {
  it('keeps staff answers hidden until the reveal, apart from the principle ratings', async () => {
    const workshop = await givenWorkshop();
    const session = await startRoomSession(workshop.id, {
      activity: 'staffRatings',
      pin: '5836',
      isAnonymous: true,
    });
    await submitRoomRatings(session.id, {
      name: '',
      scores: { workload: 1, climate: null },
      comments: { workload: 'Ei aikaa kuunnella' },
    });
    expect(await listStaffRatings(workshop.id)).toEqual([]);
    const entries = await listRoomEntries(session);
    expect(entries.staffRatings).toHaveLength(2);
    expect(entries.ratings).toEqual([]);

    expect(await leaveRoomSession(session.id, '5836')).toEqual({ ok: true });
    await revealRoomSession(session.id);
    const [participant] = await listParticipants(workshop.id);
    expect(await listStaffRatings(workshop.id)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          participantId: participant!.id,
          statementId: 'workload',
          score: 1,
          comment: 'Ei aikaa kuunnella',
        }),
        expect.objectContaining({ statementId: 'climate', score: null }),
      ]),
    );
    expect(await listRatings(workshop.id)).toEqual([]);
  });
});

describe('the staff experience check in a copy of a workshop', () => {
  it('copies every staff rating and the staff targets, pointing at the copied participants', async () => {
    const sample = await createSampleWorkshop('en');
    const copy = await duplicateWorkshop(sample.id, 'copy');
    const original = await listStaffRatings(sample.id);
    const copied = await listStaffRatings(copy.id);
    expect(copied).toHaveLength(original.length);
    expect(original.length).toBeGreaterThan(0);
    const copiedParticipants = new Set((await listParticipants(copy.id)).map((p) => p.id));
    expect(copied.every((rating) => copiedParticipants.has(rating.participantId))).toBe(true);
    expect(copied.map((r) => r.score).sort()).toEqual(original.map((r) => r.score).sort());
    expect(copy.staffTargetLevels).toEqual(sample.staffTargetLevels);
  });
});
