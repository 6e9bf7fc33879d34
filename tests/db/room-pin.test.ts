import { describe, expect, it, vi } from 'vitest';
import { db } from '../../src/db/database';
import { exportWorkshops } from '../../src/db/repositories/backup';
import {
  getActiveRoomSession,
  leaveRoomSession,
  startRoomSession,
} from '../../src/db/repositories/room';
import { NO_PIN, pinRetryDelayMs } from '../../src/domain/room';
import { hashPin, isPinCorrect } from '../../src/lib/pin-hash';
import { deleteWorkshop } from '../../src/db/repositories/workshops';
import { givenWorkshop } from '../helpers/factories';

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
