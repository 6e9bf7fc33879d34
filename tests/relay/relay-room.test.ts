// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { PRINCIPLE_IDS } from '../../src/domain/principles';
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
});
