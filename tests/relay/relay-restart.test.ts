// @vitest-environment node
import { join } from 'node:path';
import Database from 'better-sqlite3';
import * as Y from 'yjs';
import { afterAll, describe, expect, it } from 'vitest';
import { PRINCIPLE_IDS } from '../../src/domain/principles';
import {
  closeOpenRooms,
  connected,
  connectedRoom,
  phone,
  RELAY_PORTS,
  startTestRelay,
  waitFor,
  type TestPhone,
  type TestRelay,
} from './helpers';

// Not `relayForFile`: the tests stop and start the relay themselves.
let relay: TestRelay | undefined;
afterAll(async () => {
  closeOpenRooms();
  await relay?.dispose();
  relay = undefined;
});

const [first, second, third, ...rest] = PRINCIPLE_IDS;

describe('a relay restarted mid-room', () => {
  it('loses no entry: what was stored comes back, what the phones typed meanwhile is sent on reconnect', async () => {
    relay = await startTestRelay(RELAY_PORTS.restart);
    const { host, phones } = await connectedRoom(relay.url, 1);
    const [anna] = phones as [TestPhone];
    const ratings = host.addActivity({ kind: 'ratings' });
    host.openActivity(ratings.id);
    await waitFor(() => anna.currentActivity(), 5_000, 'Anna sees the activity');
    for (const principleId of [first, second, third])
      anna.rate(ratings.id, principleId, { current: 3, target: 4 });
    await waitFor(() => host.entries(ratings.id).length === 3, 5_000, 'first three');

    const dataDir = relay.dataDir;
    await relay.close();
    await waitFor(() => anna.state() !== 'connected', 5_000, 'Anna offline');
    // Typed with the relay down: kept on the phone, shown as waiting.
    for (const principleId of rest)
      expect(anna.rate(ratings.id, principleId, { current: 2, target: 5 }).ok).toBe(true);
    expect(anna.pendingCount()).toBe(rest.length);

    relay = await startTestRelay(RELAY_PORTS.restart, {}, dataDir);
    await waitFor(() => host.entries(ratings.id).length === 7, 15_000, 'all seven after restart');
    await waitFor(() => anna.pendingCount() === 0, 5_000, 'receipts after restart');
    expect(
      host.entries(ratings.id).filter((entry) => entry.kind === 'rating' && entry.current === 2),
    ).toHaveLength(rest.length);
    closeOpenRooms();
  });

  it('rebuilds a relay that lost its whole store from the facilitator’s and the phones’ own copies', async () => {
    relay ??= await startTestRelay(RELAY_PORTS.restart);
    const { host, phones } = await connectedRoom(relay.url, 1);
    const [ben] = phones as [TestPhone];
    const ideas = host.addActivity({ kind: 'ideas', focusText: 'Palautteen käsittely' });
    host.openActivity(ideas.id);
    await waitFor(() => ben.currentActivity(), 5_000, 'Ben sees the activity');
    ben.addIdea(ideas.id, 'Viikkopalaveriin palautekatsaus');
    ben.addIdea(ideas.id, 'Vastaus jokaiseen moitteeseen kahdessa päivässä');
    await waitFor(() => host.entries(ideas.id).length === 2, 5_000, 'two ideas');

    // A phone reloads: its inbox comes back from its own storage (y-indexeddb on a real phone).
    const kept = Y.encodeStateAsUpdate(ben.inboxDoc);
    const keptPublic = Y.encodeStateAsUpdate(ben.publicDoc);
    const identity = ben.identity;
    ben.destroy();

    const dataDir = relay.dataDir;
    await relay.close();
    const db = new Database(join(dataDir, 'relay.sqlite'));
    db.prepare('DELETE FROM documents WHERE room = ?').run(host.credentials.code);
    db.close();
    relay = await startTestRelay(RELAY_PORTS.restart, {}, dataDir);

    const inboxDoc = new Y.Doc();
    Y.applyUpdate(inboxDoc, kept);
    const publicDoc = new Y.Doc();
    Y.applyUpdate(publicDoc, keptPublic);
    const reloaded = phone(relay.url, host.credentials, { identity, inboxDoc, publicDoc });
    // Typed before the phone reaches the relay again.
    expect(reloaded.addIdea(ideas.id, 'Asiakastarinat henkilöstöinfoon').ok).toBe(true);
    await waitFor(() => connected(host) && connected(reloaded), 15_000, 'both back');
    await waitFor(() => host.entries(ideas.id).length === 3, 10_000, 'three ideas');
    await waitFor(() => reloaded.pendingCount() === 0, 5_000, 'receipts');
    expect(new Set(host.entries(ideas.id).map((entry) => entry.id)).size).toBe(3);
    closeOpenRooms();
  });
});
