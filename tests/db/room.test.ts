import { describe, expect, it, vi } from 'vitest';
import { db } from '../../src/db/database';
import { createAction, listActions } from '../../src/db/repositories/actions';
import {
  createParticipant,
  listAllRatings,
  listParticipants,
  listRatings,
  setRating,
} from '../../src/db/repositories/assessment';
import { listVotes } from '../../src/db/repositories/path';
import { exportWorkshops } from '../../src/db/repositories/backup';
import {
  getActiveRoomSession,
  leaveRoomSession,
  revealRoomSession,
  startRoomSession,
} from '../../src/db/repositories/room';
import {
  listRoomEntries,
  submitRoomIdeas,
  submitRoomRatings,
  submitRoomVotes,
} from '../../src/db/repositories/room-entries';
import { createBackup, parseBackup } from '../../src/domain/backup/backup';
import { NO_PIN, pinRetryDelayMs } from '../../src/domain/room';
import { visibleContent } from '../../src/domain/room-visibility';
import { hashPin, isPinCorrect } from '../../src/lib/pin-hash';
import { deleteWorkshop } from '../../src/db/repositories/workshops';
import { givenWorkshop, givenWorkshopWithActions } from '../helpers/factories';

describe('room-mode PIN', () => {
  it('stores only a salted hash and accepts only the right PIN', async () => {
    const workshop = await givenWorkshop();
    const session = await startRoomSession(workshop.id, {
      activity: 'ratings',
      pin: '4821',
      isAnonymous: true,
    });
    const stored = await db.roomSessions.get(session.id);
    expect(JSON.stringify(stored)).not.toContain('4821');
    expect(stored?.pinHash).toMatch(/^[0-9a-f]{64}$/);
    expect(await isPinCorrect('4821', stored!.pinSalt, stored!.pinHash)).toBe(true);
    expect(await isPinCorrect('4822', stored!.pinSalt, stored!.pinHash)).toBe(false);
    // The same PIN with another salt gives another hash.
    expect(await hashPin('4821', '00'.repeat(16))).not.toBe(stored?.pinHash);
  });

  it('refuses a PIN that is not 4–6 digits, and a second active session', async () => {
    const workshop = await givenWorkshop();
    for (const pin of [
      '123',
      '1234567',
      '12a4',
      '',
      '0000',
      '1234',
      '4321',
      '1212',
      '123123',
      '999999',
    ])
      await expect(
        startRoomSession(workshop.id, { activity: 'ideas', pin, isAnonymous: true }),
      ).rejects.toThrow();
    await startRoomSession(workshop.id, { activity: 'ideas', pin: '580317', isAnonymous: true });
    await expect(
      startRoomSession(workshop.id, { activity: 'votes', pin: '4071', isAnonymous: true }),
    ).rejects.toMatchObject({ code: 'invalidInput' });
    expect(await db.roomSessions.count()).toBe(1);
  });

  it('stays active on a wrong PIN and closes on the right one', async () => {
    const workshop = await givenWorkshop();
    const session = await startRoomSession(workshop.id, {
      activity: 'ratings',
      pin: '5836',
      isAnonymous: true,
    });
    expect(await leaveRoomSession(session.id, '1111')).toEqual({ ok: false, retryInMs: 0 });
    expect((await getActiveRoomSession())?.id).toBe(session.id);
    expect(await leaveRoomSession(session.id, '5836')).toEqual({ ok: true });
    expect(await getActiveRoomSession()).toBeNull();
    expect((await db.roomSessions.get(session.id))?.status).toBe('closed');
  });

  it('makes each wrong PIN after the third wait longer, and drops the hash when the room closes', async () => {
    const workshop = await givenWorkshop();
    const session = await startRoomSession(workshop.id, {
      activity: 'ratings',
      pin: '5836',
      isAnonymous: true,
    });
    for (const retryInMs of [0, 0, 2000]) {
      expect(await leaveRoomSession(session.id, '1111')).toEqual({ ok: false, retryInMs });
    }
    // While waiting even the right PIN is not tried.
    const waiting = await leaveRoomSession(session.id, '5836');
    expect(waiting.ok).toBe(false);
    expect((await getActiveRoomSession())?.id).toBe(session.id);
    expect(pinRetryDelayMs(4)).toBe(4000);
    expect(pinRetryDelayMs(40)).toBe(5 * 60_000);

    await vi.waitFor(
      async () => expect(await leaveRoomSession(session.id, '5836')).toEqual({ ok: true }),
      {
        timeout: 10_000,
        interval: 500,
      },
    );
    const closed = await db.roomSessions.get(session.id);
    expect(closed).toMatchObject(NO_PIN);
    expect(await isPinCorrect('5836', closed!.pinSalt, closed!.pinHash)).toBe(false);
  });

  it('never puts a PIN hash into a backup', async () => {
    const workshop = await givenWorkshop();
    const session = await startRoomSession(workshop.id, {
      activity: 'ideas',
      pin: '5836',
      isAnonymous: true,
    });
    const stored = await db.roomSessions.get(session.id);
    const [exported] = await exportWorkshops([workshop.id]);
    expect(exported?.roomSessions[0]).toMatchObject(NO_PIN);
    expect(JSON.stringify(exported)).not.toContain(stored!.pinHash);
    expect(JSON.stringify(exported)).not.toContain(stored!.pinSalt);
  });
});

describe('active session', () => {
  it('locks nothing once its workshop is deleted', async () => {
    const workshop = await givenWorkshop();
    const session = await startRoomSession(workshop.id, {
      activity: 'ratings',
      pin: '4071',
      isAnonymous: true,
    });
    expect((await getActiveRoomSession())?.id).toBe(session.id);
    await deleteWorkshop(workshop.id);
    expect(await getActiveRoomSession()).toBeNull();
  });
});

describe('hidden room entries', () => {
  it('keeps ratings and participants out of every reader until revealed, then shows them all', async () => {
    const workshop = await givenWorkshop({ language: 'en' });
    const own = await createParticipant(workshop.id, { name: 'Aino', group: '', order: 0 });
    await setRating(
      { workshopId: workshop.id, participantId: own.id, principleId: 'smoothness' },
      2,
    );
    const session = await startRoomSession(workshop.id, {
      activity: 'ratings',
      pin: '1357',
      isAnonymous: true,
    });
    await submitRoomRatings(session.id, { name: '', scores: { smoothness: 4 } });
    await submitRoomRatings(session.id, { name: 'Ignored', scores: { smoothness: 5 } });

    expect((await listRatings(workshop.id)).map((r) => r.score)).toEqual([2]);
    expect(await listAllRatings(workshop.id)).toHaveLength(1);
    expect((await listParticipants(workshop.id)).map((p) => p.name)).toEqual(['Aino']);
    expect((await db.roomSessions.get(session.id))?.entryCount).toBe(2);

    const [content] = await exportWorkshops([workshop.id]);
    expect(visibleContent(content!).ratings).toHaveLength(1);

    // Closing with the PIN is not yet revealing.
    await leaveRoomSession(session.id, '1357');
    expect(await listRatings(workshop.id)).toHaveLength(1);

    await revealRoomSession(session.id);
    const scores = (await listRatings(workshop.id)).map((r) => r.score).sort();
    expect(scores).toEqual([2, 4, 5]);
    const names = (await listParticipants(workshop.id))
      .sort((a, b) => a.order - b.order)
      .map((p) => p.name);
    expect(names).toEqual(['Aino', 'Participant 1', 'Participant 2']);
  });

  it('names participants when the session is named, and in Finnish in a Finnish workshop', async () => {
    const workshop = await givenWorkshop({ language: 'fi' });
    const named = await startRoomSession(workshop.id, {
      activity: 'ratings',
      pin: '4071',
      isAnonymous: false,
    });
    await submitRoomRatings(named.id, { name: '  Mikko ', scores: { communication: 3 } });
    await submitRoomRatings(named.id, { name: '', scores: { communication: 3 } });
    const entries = await listRoomEntries(named);
    expect(entries.participants.map((p) => p.name)).toEqual(['Mikko', 'Osallistuja 1']);
  });

  it('hides ideas from the plan and votes from the totals until revealed', async () => {
    const { workshop, actions } = await givenWorkshopWithActions(['Jonotiedote', 'Koulutus']);
    const ideas = await startRoomSession(workshop.id, {
      activity: 'ideas',
      pin: '9470',
      isAnonymous: true,
    });
    await submitRoomIdeas(ideas.id, ['Tekstiviesti jonosta', '  ']);
    expect((await listActions(workshop.id)).map((a) => a.title)).toEqual([
      'Jonotiedote',
      'Koulutus',
    ]);
    await leaveRoomSession(ideas.id, '9470');
    await revealRoomSession(ideas.id);
    const revealed = await listActions(workshop.id);
    expect(revealed.map((a) => [a.title, a.status])).toContainEqual([
      'Tekstiviesti jonosta',
      'idea',
    ]);

    const votes = await startRoomSession(workshop.id, {
      activity: 'votes',
      pin: '9470',
      isAnonymous: true,
    });
    // Asking for more dots than the allowance (5) gives only what is left.
    await submitRoomVotes(votes.id, {
      name: '',
      dots: { [actions[0]!.id]: 4, [actions[1]!.id]: 3 },
    });
    expect(await listVotes(workshop.id)).toEqual([]);
    const entries = await listRoomEntries(votes);
    expect(entries.votes.map((v) => v.dots).sort()).toEqual([1, 4]);
    await leaveRoomSession(votes.id, '9470');
    await revealRoomSession(votes.id);
    expect(await listVotes(workshop.id)).toHaveLength(2);
  });

  it('refuses entries once the session is closed', async () => {
    const workshop = await givenWorkshop();
    const session = await startRoomSession(workshop.id, {
      activity: 'ideas',
      pin: '4071',
      isAnonymous: true,
    });
    await leaveRoomSession(session.id, '4071');
    await expect(submitRoomIdeas(session.id, ['Late idea'])).rejects.toThrow();
    expect(await db.actions.count()).toBe(0);
  });

  it('keeps sessions and their hidden entries through a backup round trip', async () => {
    const workshop = await givenWorkshop();
    await createAction(workshop.id, { title: 'Visible' });
    const session = await startRoomSession(workshop.id, {
      activity: 'ideas',
      pin: '4071',
      isAnonymous: true,
    });
    await submitRoomIdeas(session.id, ['Hidden idea']);
    const parsed = parseBackup(createBackup(await exportWorkshops(), new Date().toISOString()));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const [content] = parsed.workshops;
    expect(content!.roomSessions).toHaveLength(1);
    expect(visibleContent(content!).actions.map((a) => a.title)).toEqual(['Visible']);
  });
});
