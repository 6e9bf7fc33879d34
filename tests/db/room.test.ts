import { describe, expect, it } from 'vitest';
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
import { visibleContent } from '../../src/domain/room-visibility';
import { givenWorkshop, givenWorkshopWithActions } from '../helpers/factories';

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
