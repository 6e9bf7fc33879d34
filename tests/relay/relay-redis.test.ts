// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PRINCIPLE_IDS } from '../../src/domain/principles';
import {
  closeOpenRooms,
  connectedPhones,
  connectedRoom,
  RELAY_PORTS,
  startTestRelay,
  waitFor,
  type TestPhone,
  type TestRelay,
} from './helpers';
import { startRedis, type TestRedis } from './redis-server';

let redis: TestRedis;
let relayA: TestRelay;
let relayB: TestRelay;

beforeAll(async () => {
  redis = await startRedis();
  // Separate data folders: the relays share nothing but Redis.
  relayA = await startTestRelay(RELAY_PORTS.redisA, { redisUrl: redis.url });
  relayB = await startTestRelay(RELAY_PORTS.redisB, { redisUrl: redis.url });
}, 30_000);
afterAll(async () => {
  try {
    closeOpenRooms();
    await Promise.all([relayA?.dispose(), relayB?.dispose()]);
  } finally {
    await redis?.stop();
  }
}, 30_000);

describe('two relays sharing rooms through Redis', () => {
  it('carries entries from a phone on relay A to the facilitator on relay B, and the reveal and close back', async () => {
    const { host, phones } = await connectedRoom(relayB.url, 1, relayA.url);
    const ratings = host.addActivity({ kind: 'ratings', asksTarget: false });
    host.openActivity(ratings.id);
    const [onA] = phones as [TestPhone];
    const [onB] = (await connectedPhones(relayB.url, host.credentials, 1)) as [TestPhone];
    await waitFor(() => onA.currentActivity()?.id === ratings.id, 5_000, 'the activity on A');
    for (const principleId of PRINCIPLE_IDS) {
      expect(onA.rate(ratings.id, principleId, { current: 2, target: null }).ok).toBe(true);
      expect(onB.rate(ratings.id, principleId, { current: 4, target: null }).ok).toBe(true);
    }
    await waitFor(() => host.entries(ratings.id).length === 14, 10_000, '14 entries on B');
    expect(new Set(host.entries(ratings.id).map((entry) => entry.participantId))).toEqual(
      new Set([onA.identity.inboxId, onB.identity.inboxId]),
    );
    await waitFor(() => onA.pendingCount() === 0, 5_000, 'receipts on A');

    host.reveal(ratings.id);
    const seenOnA = await waitFor(() => onA.results(ratings.id), 5_000, 'results on A');
    expect(
      seenOnA.kind === 'ratings' && seenOnA.principles.every((row) => row.current.mean === 3),
    ).toBe(true);

    await host.close();
    await waitFor(
      () => onA.state() === 'closed' && onB.state() === 'closed',
      5_000,
      'both phones told',
    );
  });
});
