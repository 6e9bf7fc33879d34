// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest';
import { newKey, newSecret, newEntryId } from '../../src/domain/live-room/codes';
import { inboxDocumentName, roomDocumentName } from '../../src/domain/live-room/documents';
import {
  inboxMaps,
  publicMaps,
  readActivities,
  readReceivedEntries,
} from '../../src/live-room-client/layout';
import { newRoomCredentials } from '../../src/live-room-client/facilitator';
import {
  connectedRoom,
  RELAY_PORTS,
  relayForFile,
  tryOpen,
  waitFor,
  type TestFacilitator,
  type TestPhone,
  type TestRelay,
} from './helpers';

const testRelay = relayForFile(RELAY_PORTS.access);
let relay: TestRelay;
let host: TestFacilitator;
let anna: TestPhone;
let ben: TestPhone;

beforeAll(async () => {
  relay = testRelay();
  let phones: TestPhone[];
  ({ host, phones } = await connectedRoom(relay.url, 2));
  [anna, ben] = phones as [TestPhone, TestPhone];
});

describe('the relay enforces who opens what', () => {
  it('refuses a phone another phone’s inbox, and the facilitator’s document', async () => {
    const { code, joinKey } = host.credentials;
    const annaInbox = inboxDocumentName(code, anna.identity.inboxId);
    expect(
      await tryOpen(relay.url, annaInbox, {
        role: 'participant',
        joinKey,
        inboxKey: ben.identity.inboxKey,
      }),
    ).toBe('not-allowed');
    expect(await tryOpen(relay.url, annaInbox, { role: 'participant', joinKey })).toBe(
      'not-allowed',
    );
    expect(
      await tryOpen(relay.url, roomDocumentName(code, 'facilitator'), {
        role: 'participant',
        joinKey,
        inboxKey: ben.identity.inboxKey,
      }),
    ).toBe('not-allowed');
    expect(
      await tryOpen(relay.url, roomDocumentName(code, 'relay'), {
        role: 'facilitator',
        secret: host.credentials.secret,
        joinKey,
      }),
    ).toBe('not-allowed');
  });

  it('refuses a wrong join key, an unknown room and a second facilitator with another secret', async () => {
    const { code } = host.credentials;
    expect(
      await tryOpen(relay.url, roomDocumentName(code, 'public'), {
        role: 'participant',
        joinKey: newKey(),
      }),
    ).toBe('not-allowed');
    const other = newRoomCredentials();
    expect(
      await tryOpen(relay.url, roomDocumentName(other.code, 'public'), {
        role: 'participant',
        joinKey: other.joinKey,
      }),
    ).toBe('room-not-found');
    expect(
      await tryOpen(relay.url, roomDocumentName(code, 'public'), {
        role: 'facilitator',
        secret: newSecret(),
        joinKey: newKey(),
      }),
    ).toBe('room-taken');
    // The facilitator cannot open a phone's inbox either: entries reach them only validated.
    expect(
      await tryOpen(relay.url, inboxDocumentName(code, anna.identity.inboxId), {
        role: 'facilitator',
        secret: host.credentials.secret,
        joinKey: host.credentials.joinKey,
      }),
    ).toBe('not-allowed');
  });

  it('drops a phone’s writes to the public document', async () => {
    const ideas = host.addActivity({
      kind: 'ideas',
      focusText: 'Odotus vastaanotossa',
      maxPerPerson: 3,
    });
    host.openActivity(ideas.id);
    await waitFor(
      () => anna.currentActivity()?.id === ideas.id && ben.currentActivity()?.id === ideas.id,
    );
    // A tampering phone marks the activity revealed and plants results in its copy.
    anna.publicDoc.transact(() => {
      publicMaps.activities(anna.publicDoc).set(ideas.id, { ...ideas, status: 'revealed' });
      publicMaps.results(anna.publicDoc).set(ideas.id, {
        kind: 'ideas',
        activityId: ideas.id,
        ideas: [{ id: 'x', text: 'fake', author: '' }],
      });
    });
    // A real change by the facilitator afterwards proves the tampering had its chance to travel.
    host.showActivity(ideas.id);
    const marker = host.addActivity({ kind: 'ratings' });
    await waitFor(() =>
      readActivities(ben.publicDoc).some((activity) => activity.id === marker.id),
    );
    expect(
      readActivities(host.publicDoc).find((activity) => activity.id === ideas.id)?.status,
    ).toBe('open');
    expect(publicMaps.results(host.publicDoc).has(ideas.id)).toBe(false);
    expect(publicMaps.results(ben.publicDoc).has(ideas.id)).toBe(false);
    expect(ben.addIdea(ideas.id, 'Aulaan näyttö jonotilanteesta').ok).toBe(true);
    await waitFor(() => host.entries(ideas.id).length === 1, 5_000, 'Ben’s idea');
  });

  it('drops out-of-range, oversized and surplus entries, and tells the phone why', async () => {
    const votes = host.addActivity({
      kind: 'votes',
      options: [
        { id: 'a1', title: 'Jonotusnäyttö' },
        { id: 'a2', title: 'Takaisinsoitto' },
      ],
      dotsPerPerson: 3,
    });
    const ratings = host.addActivity({ kind: 'ratings', asksTarget: false });
    const ideas = host.addActivity({ kind: 'ideas', focusText: 'Puhelinpalvelu', maxPerPerson: 2 });
    for (const activity of [votes, ratings, ideas]) host.openActivity(activity.id);
    await waitFor(
      () => ben.activities().filter((activity) => activity.status === 'open').length >= 4,
    );
    // Written straight into the inbox, past the phone's own checks, as a modified page would.
    const raw = (fields: Record<string, unknown>) => ({ id: newEntryId(), rev: 1, ...fields });
    const entries = {
      tooHigh: raw({
        kind: 'rating',
        activityId: ratings.id,
        principleId: 'smoothness',
        current: 7,
        target: null,
      }),
      notInteger: raw({
        kind: 'rating',
        activityId: ratings.id,
        principleId: 'communication',
        current: 2.5,
        target: null,
      }),
      fine: raw({
        kind: 'rating',
        activityId: ratings.id,
        principleId: 'responsibility',
        current: 3,
        target: null,
      }),
      huge: raw({ kind: 'idea', activityId: ideas.id, text: 'x'.repeat(5_000) }),
      empty: raw({ kind: 'idea', activityId: ideas.id, text: '   ' }),
      idea1: raw({ kind: 'idea', activityId: ideas.id, text: 'Yksi' }),
      idea2: raw({ kind: 'idea', activityId: ideas.id, text: 'Kaksi' }),
      idea3: raw({ kind: 'idea', activityId: ideas.id, text: 'Kolme' }),
      tooManyDots: raw({ kind: 'vote', activityId: votes.id, optionId: 'a1', dots: 4 }),
      unknownOption: raw({ kind: 'vote', activityId: votes.id, optionId: 'zz', dots: 1 }),
    };
    ben.inboxDoc.transact(() => {
      for (const entry of Object.values(entries))
        inboxMaps.entries(ben.inboxDoc).set(entry.id, entry);
    });
    const receipts = inboxMaps.receipts(ben.inboxDoc);
    await waitFor(
      () => Object.values(entries).every((entry) => receipts.has(entry.id)),
      5_000,
      'receipts',
    );
    const reason = (entry: { id: string }) =>
      (receipts.get(entry.id) as { reason?: string }).reason;
    expect(reason(entries.tooHigh)).toBe('outOfRange');
    expect(reason(entries.notInteger)).toBe('outOfRange');
    expect(reason(entries.huge)).toBe('tooLong');
    expect(reason(entries.empty)).toBe('invalid');
    expect(reason(entries.tooManyDots)).toBe('outOfRange');
    expect(reason(entries.unknownOption)).toBe('outOfRange');
    expect(receipts.get(entries.fine.id)).toEqual({ rev: 1, status: 'accepted' });
    // Two ideas of three pass (maxPerPerson 2); which two follows the ids, the same on every relay.
    const benIdeas = readReceivedEntries(host.facilitatorDoc).filter(
      (entry) => entry.activityId === ideas.id,
    );
    expect(benIdeas).toHaveLength(2);
    const received = JSON.stringify(host.facilitatorDoc.toJSON());
    expect(received).not.toContain('x'.repeat(400));
    expect(received).not.toContain(entries.tooHigh.id);
    expect(received).not.toContain(entries.tooManyDots.id);
  });
});
