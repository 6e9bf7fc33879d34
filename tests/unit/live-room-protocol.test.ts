import { describe, expect, it } from 'vitest';
import { newActivity, parseActivity } from '../../src/domain/live-room/activities';
import {
  isEntryId,
  isKey,
  isRoomCode,
  newEntryId,
  newKey,
  newRoomCode,
  newSecret,
  normaliseRoomCode,
  ROOM_CODE_ALPHABET,
} from '../../src/domain/live-room/codes';
import {
  encodeToken,
  inboxDocumentName,
  parseDocumentName,
  parseToken,
  roomDocumentName,
} from '../../src/domain/live-room/documents';
import { judgeInbox } from '../../src/domain/live-room/judge-inbox';
import { buildJoinLink, parseJoinLink } from '../../src/domain/live-room/link';
import type { LiveActivity } from '../../src/domain/live-room/types';

describe('room codes and keys', () => {
  it('makes six-character codes without characters that are mistaken for each other', () => {
    const codes = Array.from({ length: 500 }, newRoomCode);
    for (const code of codes) expect(code).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{6}$/);
    expect(ROOM_CODE_ALPHABET).not.toMatch(/[01OIL]/);
    expect(new Set(codes).size).toBeGreaterThan(495);
  });

  it('reads a typed code in lower case, with a space or a hyphen, and refuses the rest', () => {
    expect(normaliseRoomCode(' k7m-q2r ')).toBe('K7MQ2R');
    expect(normaliseRoomCode('k7m q2r')).toBe('K7MQ2R');
    expect(normaliseRoomCode('K7MQ2')).toBeNull();
    expect(normaliseRoomCode('K7MQ2O')).toBeNull();
    expect(isRoomCode('ABCDEFG')).toBe(false);
  });

  it('makes 128-bit keys, 256-bit secrets and version-4 entry ids, all different', () => {
    const keys = new Set(Array.from({ length: 200 }, newKey));
    expect(keys.size).toBe(200);
    for (const key of keys) expect(isKey(key)).toBe(true);
    expect(newSecret()).toHaveLength(43);
    const id = newEntryId();
    expect(isEntryId(id)).toBe(true);
    expect(id[14]).toBe('4');
  });
});

describe('documents and tokens', () => {
  it('names documents by room code and kind, and reads only well-formed names back', () => {
    expect(parseDocumentName(roomDocumentName('K7MQ2R', 'public'))).toEqual({
      code: 'K7MQ2R',
      kind: 'public',
    });
    const inbox = inboxDocumentName('K7MQ2R', 'a'.repeat(32));
    expect(parseDocumentName(inbox)).toEqual({
      code: 'K7MQ2R',
      kind: 'inbox',
      inboxId: 'a'.repeat(32),
    });
    for (const bad of [
      'pp/K7MQ2R',
      'pp/K7MQ2R/other',
      'pp/k7mq2r/public',
      'pp/K7MQ2R/inbox/xyz',
      'x/K7MQ2R/public',
    ]) {
      expect(parseDocumentName(bad)).toBeNull();
    }
  });

  it('accepts only tokens of the right shape', () => {
    const joinKey = newKey();
    const token = { role: 'participant', joinKey, inboxKey: newKey() } as const;
    expect(parseToken(encodeToken(token))).toEqual(token);
    expect(parseToken('{"role":"facilitator","joinKey":"x"}')).toBeNull();
    expect(parseToken(`{"role":"facilitator","joinKey":"${joinKey}","secret":"short"}`)).toBeNull();
    expect(parseToken('not json')).toBeNull();
    expect(parseToken('x'.repeat(2_000))).toBeNull();
  });
});

describe('the join link', () => {
  it('carries room, key, relay and language in the fragment, and rejects other relay schemes', () => {
    const joinKey = newKey();
    // A LAN address from the documentation range (RFC 5737): only text here, no connection is made.
    const link = buildJoinLink('http://192.0.2.20:1234/', {
      code: 'K7MQ2R',
      joinKey,
      relay: 'wss://room.example.fi',
      language: 'en',
    });
    expect(link.startsWith('http://192.0.2.20:1234/#')).toBe(true);
    expect(parseJoinLink(new URL(link).hash)).toEqual({
      code: 'K7MQ2R',
      joinKey,
      relay: 'wss://room.example.fi',
      language: 'en',
    });
    expect(parseJoinLink(`#room=K7MQ2R&key=${joinKey}&relay=javascript:alert(1)`)).toEqual({
      code: 'K7MQ2R',
      joinKey,
    });
    expect(parseJoinLink('#room=K7MQ2R&key=short')).toBeNull();
  });
});

describe('activities', () => {
  it('clamps the facilitator’s settings to what the relay accepts', () => {
    const votes = newActivity(
      {
        kind: 'votes',
        options: [
          { id: 'a', title: '  Jonotusnäyttö  ' },
          { id: 'a', title: 'kaksoiskappale' },
          { id: 'b', title: '' },
        ],
        dotsPerPerson: 99,
      },
      0,
    );
    expect(votes).toMatchObject({
      kind: 'votes',
      status: 'planned',
      dotsPerPerson: 20,
      options: [{ id: 'a', title: 'Jonotusnäyttö' }],
    });
    expect(() => newActivity({ kind: 'votes', options: [] }, 0)).toThrow();
    const ratings = newActivity({ kind: 'ratings' }, 1);
    expect(ratings.kind === 'ratings' && ratings.principleIds).toHaveLength(7);
    expect(parseActivity({ ...ratings, status: 'hacked', principleIds: ['nope'] })).toMatchObject({
      status: 'planned',
    });
    expect(parseActivity({ kind: 'ratings', id: 'not-a-uuid' })).toBeNull();
  });
});

describe('judging an inbox', () => {
  const ideas = {
    ...newActivity({ kind: 'ideas', focusText: 'Jonotus', maxPerPerson: 2 }, 0),
    status: 'open',
  } as LiveActivity;
  const votes = {
    ...newActivity(
      {
        kind: 'votes',
        options: [
          { id: 'a', title: 'A' },
          { id: 'b', title: 'B' },
        ],
        dotsPerPerson: 3,
      },
      1,
    ),
    status: 'open',
  } as LiveActivity;
  const activities = new Map([ideas, votes].map((activity) => [activity.id, activity]));
  const idea = (text: string) => ({
    id: newEntryId(),
    activityId: ideas.id,
    rev: 1,
    kind: 'idea',
    text,
  });
  const vote = (optionId: string, dots: number) => ({
    id: newEntryId(),
    activityId: votes.id,
    rev: 1,
    kind: 'vote',
    optionId,
    dots,
  });

  it('keeps each person within the activity’s counts, the same way every time', () => {
    const entries = [idea('Yksi'), idea('Kaksi'), idea('Kolme'), vote('a', 2), vote('b', 2)];
    const verdict = judgeInbox(
      entries.map((entry) => [entry.id, entry] as [string, unknown]),
      activities,
    );
    expect(verdict.accepted.size).toBe(3);
    const again = judgeInbox(
      [...entries].reverse().map((entry) => [entry.id, entry] as [string, unknown]),
      activities,
    );
    expect([...again.accepted.keys()].sort()).toEqual([...verdict.accepted.keys()].sort());
    const rejected = [...verdict.receipts.values()].filter(
      (receipt) => receipt.status === 'rejected',
    );
    expect(rejected.map((receipt) => receipt.status === 'rejected' && receipt.reason)).toEqual([
      'tooMany',
      'tooMany',
    ]);
  });

  it('trims texts and refuses empty, oversized and foreign entries', () => {
    const padded = idea('  Aulaan näyttö  ');
    const long = idea('x'.repeat(301));
    const foreign = { ...idea('Toisen aktiviteetin'), activityId: newEntryId() };
    const wrongKey = idea('Avain ja id eroavat');
    const verdict = judgeInbox(
      [
        [padded.id, padded],
        [long.id, long],
        [foreign.id, foreign],
        [newEntryId(), wrongKey],
      ],
      activities,
    );
    expect(verdict.accepted.get(padded.id)).toMatchObject({ text: 'Aulaan näyttö' });
    expect(verdict.receipts.get(long.id)).toMatchObject({ status: 'rejected', reason: 'tooLong' });
    expect(verdict.receipts.has(foreign.id)).toBe(false);
    expect(
      [...verdict.receipts.values()].filter((receipt) => receipt.status === 'rejected'),
    ).toHaveLength(2);
  });

  it('freezes the entries of a revealed activity', () => {
    const revealed = new Map<string, LiveActivity>([[ideas.id, { ...ideas, status: 'revealed' }]]);
    const entry = idea('Myöhässä');
    const verdict = judgeInbox([[entry.id, entry]], revealed);
    expect(verdict.accepted.size).toBe(0);
    expect(verdict.frozen.has(entry.id)).toBe(true);
  });

  it('accepts one 1–5 or "don’t know" per known staff statement and drops the rest', () => {
    const staff = {
      ...newActivity({ kind: 'staffRatings', statementIds: ['climate', 'workload'] }, 2),
      status: 'open',
    } as LiveActivity;
    const known = new Map([[staff.id, staff]]);
    const entry = (fields: Record<string, unknown>) => ({
      id: newEntryId(),
      activityId: staff.id,
      rev: 1,
      kind: 'staffRating',
      statementId: 'climate',
      score: 3,
      ...fields,
    });
    // Two ratings of one statement: the lower entry id counts, whichever came first.
    const [lowId, highId] = [newEntryId(), newEntryId()].sort();
    const good = entry({ id: lowId, extra: '<b>x</b>' });
    const dontKnow = entry({ statementId: 'workload', score: null });
    const cases = {
      second: entry({ id: highId, score: 5 }),
      notAsked: entry({ statementId: 'coaching' }),
      unknown: entry({ statementId: 'genuineEncounter' }),
      zero: entry({ statementId: 'workload', score: 0 }),
      half: entry({ statementId: 'workload', score: 2.5 }),
      text: entry({ statementId: 'workload', score: '4' }),
      missing: entry({ statementId: 'workload', score: undefined }),
      principle: entry({ kind: 'rating', principleId: 'smoothness', current: 3, target: null }),
    };
    const all = [good, dontKnow, ...Object.values(cases)];
    const verdict = judgeInbox(
      all.map((item) => [item.id, item] as [string, unknown]),
      known,
    );
    const accepted = [...verdict.accepted.values()];
    expect(accepted).toHaveLength(2);
    expect(verdict.accepted.get(good.id)).toEqual({
      id: good.id,
      activityId: staff.id,
      rev: 1,
      kind: 'staffRating',
      statementId: 'climate',
      score: 3,
    });
    expect(verdict.accepted.get(dontKnow.id)).toMatchObject({ score: null });
    const reason = (item: { id: string }) => {
      const receipt = verdict.receipts.get(item.id);
      return receipt?.status === 'rejected' ? receipt.reason : receipt?.status;
    };
    expect(reason(cases.second)).toBe('tooMany');
    expect(reason(cases.notAsked)).toBe('outOfRange');
    expect(reason(cases.unknown)).toBe('invalid');
    expect(reason(cases.principle)).toBe('invalid');
    for (const bad of [cases.zero, cases.half, cases.text, cases.missing]) {
      expect(reason(bad)).toBe('outOfRange');
    }
  });
});
