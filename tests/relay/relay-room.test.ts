// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { newEntryId } from '../../src/domain/live-room/codes';
import { PRINCIPLE_IDS } from '../../src/domain/principles';
import { STAFF_STATEMENT_IDS } from '../../src/domain/staff-statements';
import { inboxMaps, readReceivedEntries } from '../../src/live-room-client/layout';
import { connectedRoom, RELAY_PORTS, relayForFile, waitFor, type TestPhone } from './helpers';

const relay = relayForFile(RELAY_PORTS.room);

describe('a live room through a real relay', () => {
  it('two phones rate and propose; the facilitator sees counts, then entries; the reveal reaches both phones', async () => {
    const { host, phones } = await connectedRoom(relay().url, 2);
    const [anna, ben] = phones as [TestPhone, TestPhone];
    const ratings = host.addActivity({ kind: 'ratings' });
    host.openActivity(ratings.id);
    await waitFor(() => host.counts().joined === 2, 5_000, 'two joined');
    expect(anna.setName('Anna').ok).toBe(true);
    await waitFor(() => anna.currentActivity()?.id === ratings.id);
    for (const principleId of PRINCIPLE_IDS) {
      expect(anna.rate(ratings.id, principleId, { current: 2, target: 4 }).ok).toBe(true);
      expect(ben.rate(ratings.id, principleId, { current: 4, target: 5 }).ok).toBe(true);
    }
    await waitFor(() => host.counts().byActivity[ratings.id]?.entries === 14, 5_000, '14 entries');
    expect(host.counts().byActivity[ratings.id]?.respondents).toBe(2);
    await waitFor(() => anna.pendingCount() === 0 && ben.pendingCount() === 0, 5_000, 'receipts');
    // Nothing of the entries reaches another phone before the reveal.
    expect(JSON.stringify(ben.publicDoc.toJSON())).not.toContain('"current"');
    const results = host.reveal(ratings.id);
    expect(results.kind).toBe('ratings');
    for (const room of [anna, ben]) {
      const shown = await waitFor(() => room.results(ratings.id), 5_000, 'results on phone');
      if (shown.kind !== 'ratings') throw new Error('wrong kind');
      expect(shown.principles[0]?.current.mean).toBe(3);
      expect(shown.principles[0]?.target?.mean).toBe(4.5);
      expect(shown.respondents).toBe(2);
    }
    // Frozen after the reveal: a change is refused on the phone and not passed on by the relay.
    expect(anna.rate(ratings.id, 'smoothness', { current: 5, target: 5 })).toEqual({
      ok: false,
      reason: 'late',
    });
    expect(
      host
        .participants()
        .map((person) => person.name)
        .sort(),
    ).toEqual(['', 'Anna']);
  });

  it('passes on only valid staff check answers, hides them until the reveal, then publishes means', async () => {
    const { host, phones } = await connectedRoom(relay().url, 2);
    const [anna, ben] = phones as [TestPhone, TestPhone];
    const staff = host.addActivity({ kind: 'staffRatings' });
    host.openActivity(staff.id);
    await waitFor(() => anna.currentActivity()?.id === staff.id, 5_000, 'staff check on phone');
    await waitFor(() => ben.currentActivity()?.id === staff.id, 5_000, 'staff check on phone');
    for (const statementId of STAFF_STATEMENT_IDS) {
      expect(anna.rateStatement(staff.id, statementId, 2).ok).toBe(true);
    }
    expect(anna.rateStatement(staff.id, 'workload', null).ok).toBe(true);
    // The phone refuses what the relay would refuse.
    expect(anna.rateStatement(staff.id, 'climate', 6 as 5)).toEqual({
      ok: false,
      reason: 'outOfRange',
    });
    // A modified page writes straight into its inbox: the relay judges it all the same.
    const entry = (fields: Record<string, unknown>) => ({
      id: newEntryId(),
      activityId: staff.id,
      rev: 1,
      kind: 'staffRating',
      statementId: 'climate',
      score: 4,
      ...fields,
    });
    const [lowId, highId] = [newEntryId(), newEntryId()].sort();
    const written = {
      fine: entry({ id: lowId }),
      second: entry({ id: highId, score: 1 }),
      unknown: entry({ statementId: 'salary' }),
      tooHigh: entry({ statementId: 'coaching', score: 6 }),
      fraction: entry({ statementId: 'coaching', score: 3.5 }),
      asText: entry({ statementId: 'coaching', score: '3' }),
      principle: entry({ kind: 'rating', principleId: 'smoothness', current: 1, target: null }),
      otherActivity: entry({ activityId: newEntryId(), statementId: 'authority' }),
    };
    ben.inboxDoc.transact(() => {
      for (const item of Object.values(written)) inboxMaps.entries(ben.inboxDoc).set(item.id, item);
    });
    const receipts = inboxMaps.receipts(ben.inboxDoc);
    const judged = Object.values(written).filter((item) => item !== written.otherActivity);
    await waitFor(() => judged.every((item) => receipts.has(item.id)), 5_000, 'receipts');
    const reason = (item: { id: string }) =>
      (receipts.get(item.id) as { status: string; reason?: string }).reason ?? 'accepted';
    expect(reason(written.fine)).toBe('accepted');
    expect(reason(written.second)).toBe('tooMany');
    expect(reason(written.unknown)).toBe('invalid');
    expect(reason(written.principle)).toBe('invalid');
    for (const bad of [written.tooHigh, written.fraction, written.asText]) {
      expect(reason(bad)).toBe('outOfRange');
    }
    expect(receipts.has(written.otherActivity.id)).toBe(false);
    await waitFor(() => host.counts().byActivity[staff.id]?.entries === 8, 5_000, '8 entries');
    const passed = readReceivedEntries(host.facilitatorDoc).filter(
      (item) => item.activityId === staff.id,
    );
    expect(passed.map((item) => item.id)).toContain(written.fine.id);
    expect(passed.map((item) => item.id)).not.toContain(written.second.id);
    // Hidden until the reveal: no phone sees another's answers, nor any result.
    expect(anna.results(staff.id)).toBeNull();
    expect(JSON.stringify(anna.publicDoc.toJSON())).not.toContain('"score"');
    expect(JSON.stringify(anna.publicDoc.toJSON())).not.toContain(written.fine.id);

    const results = host.reveal(staff.id);
    expect(results.entryIds).toHaveLength(8);
    for (const room of [anna, ben]) {
      const shown = await waitFor(() => room.results(staff.id), 5_000, 'results on phone');
      if (shown.kind !== 'staffRatings') throw new Error('wrong kind');
      const byId = new Map(shown.statements.map((row) => [row.statementId, row.scores]));
      expect(byId.get('climate')).toMatchObject({ mean: 3, count: 2, sd: 1 });
      expect(byId.get('workload')).toMatchObject({ mean: null, count: 0, dontKnow: 1 });
      expect(shown.respondents).toBe(2);
    }
    // Frozen after the reveal: the phone refuses a change and the relay passes none on.
    expect(anna.rateStatement(staff.id, 'climate', 5)).toEqual({ ok: false, reason: 'late' });
    const late = entry({ statementId: 'authority', score: 5 });
    inboxMaps.entries(ben.inboxDoc).set(late.id, late);
    const sentinel = host.addActivity({ kind: 'staffRatings' });
    host.openActivity(sentinel.id);
    // The same inbox's next answer: once it is through, the late one was judged too.
    await waitFor(() => ben.currentActivity()?.id === sentinel.id, 5_000, 'next activity');
    expect(ben.rateStatement(sentinel.id, 'climate', 3).ok).toBe(true);
    await waitFor(() => host.counts().byActivity[sentinel.id]?.entries === 1, 5_000, 'sentinel');
    expect(readReceivedEntries(host.facilitatorDoc).map((item) => item.id)).not.toContain(late.id);
  });
});
