// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest';
import { inboxMaps } from '../../src/live-room-client/layout';
import {
  connectedRoom,
  RELAY_PORTS,
  relayForFile,
  waitFor,
  type TestFacilitator,
  type TestPhone,
  type TestRelay,
} from './helpers';

const testRelay = relayForFile(RELAY_PORTS.flood);
let relay: TestRelay;
let host: TestFacilitator;
let phones: TestPhone[];

beforeAll(async () => {
  relay = testRelay();
  ({ host, phones } = await connectedRoom(relay.url, 3));
});

/** Milliseconds from a phone's write until the facilitator holds the idea. */
async function ideaLatency(room: TestPhone, activityId: string, text: string): Promise<number> {
  const started = performance.now();
  const written = room.addIdea(activityId, text);
  if (!written.ok) throw new Error(written.reason);
  await waitFor(
    () => host.entries(activityId).some((entry) => entry.id === written.id),
    5_000,
    text,
  );
  return performance.now() - started;
}

describe('a flood from one phone', () => {
  it('is slowed down at the relay while the other phones’ entries arrive as quickly as before', async () => {
    const ideas = host.addActivity({ kind: 'ideas', focusText: 'Sujuvuus', maxPerPerson: 20 });
    host.openActivity(ideas.id);
    const [flooder, anna, ben] = phones as [TestPhone, TestPhone, TestPhone];
    await waitFor(() => phones.every((room) => room.currentActivity()?.id === ideas.id));
    const before: number[] = [];
    for (let round = 0; round < 3; round += 1) {
      before.push(await ideaLatency(anna, ideas.id, `Ennen A${round}`));
      before.push(await ideaLatency(ben, ideas.id, `Ennen B${round}`));
    }

    // 3,000 separate updates as fast as the socket takes them: a stuck key or a hostile script.
    const profile = inboxMaps.profile(flooder.inboxDoc);
    for (let index = 1; index <= 3_000; index += 1) profile.set('name', `Tulva ${index}`);
    const during: number[] = [];
    const measure = async (label: string) => {
      for (let round = 0; round < 3; round += 1) {
        during.push(await ideaLatency(anna, ideas.id, `${label} A${round}`));
        during.push(await ideaLatency(ben, ideas.id, `${label} B${round}`));
      }
    };
    await measure('Tulvan alussa');
    await waitFor(() => relay.stats().throttledSockets === 1, 5_000, 'the flooder throttled');
    await measure('Tulvaa jarrutetaan');
    expect(relay.stats().throttledSockets).toBe(1);
    // The relay has taken in only a part of the flood so far (burst 200, then 40 a second).
    const seen =
      host.participants().find((person) => person.id === flooder.identity.inboxId)?.name ?? '';
    expect(Number(seen.replace('Tulva ', '') || 0)).toBeLessThan(1_500);
    // Loopback answers in milliseconds. Medians, because a busy machine adds the odd stall to any
    // single entry whether or not a phone floods; the flood must not move the typical entry.
    const median = (values: number[]) =>
      [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
    expect(median(during)).toBeLessThan(Math.max(250, 5 * median(before)));
    expect(Math.max(...during)).toBeLessThan(2_000);
  });
});
