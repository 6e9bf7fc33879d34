import { describe, expect, it } from 'vitest';
import { newActivity } from '../../src/domain/live-room/activities';
import { newEntryId } from '../../src/domain/live-room/codes';
import { scoreStats, summariseActivity } from '../../src/domain/live-room/results';
import type { LiveParticipant, ReceivedEntry } from '../../src/domain/live-room/types';

const people = new Map<string, LiveParticipant>([
  ['p1', { id: 'p1', name: 'Maija', joinedAt: '' }],
  ['p2', { id: 'p2', name: '', joinedAt: '' }],
]);
const at = (second: number) => `2026-12-03T10:00:${String(second).padStart(2, '0')}.000Z`;

describe('results of a live activity', () => {
  it('gives mean, population spread, range and "don’t know" separately', () => {
    expect(scoreStats([2, 4, null])).toEqual({
      mean: 3,
      sd: 1,
      min: 2,
      max: 4,
      count: 2,
      dontKnow: 1,
      distribution: [0, 1, 0, 1, 0],
    });
    expect(scoreStats([null])).toMatchObject({ mean: null, count: 0, dontKnow: 1 });
  });

  it('summarises ratings per principle, now and target, from the activity’s entries only', () => {
    const activity = newActivity(
      { kind: 'ratings', principleIds: ['smoothness', 'communication'] },
      0,
    );
    const rating = (
      participantId: string,
      principleId: 'smoothness' | 'communication',
      current: 1 | 2 | 3 | 4 | 5 | null,
      target: 4 | 5 | null,
    ): ReceivedEntry => ({
      id: newEntryId(),
      activityId: activity.id,
      rev: 1,
      kind: 'rating',
      principleId,
      current,
      target,
      participantId,
      receivedAt: at(1),
    });
    const other = { ...rating('p1', 'smoothness', 1, 5), activityId: newEntryId() };
    const results = summariseActivity(
      activity,
      [
        rating('p1', 'smoothness', 2, 5),
        rating('p2', 'smoothness', 4, 4),
        rating('p2', 'communication', null, 5),
        other,
      ],
      people,
      at(9),
    );
    if (results.kind !== 'ratings') throw new Error('wrong kind');
    expect(results.principles.map((row) => row.principleId)).toEqual([
      'smoothness',
      'communication',
    ]);
    expect(results.principles[0]?.current).toMatchObject({ mean: 3, sd: 1, count: 2 });
    expect(results.principles[0]?.target?.mean).toBe(4.5);
    expect(results.principles[1]?.current).toMatchObject({ mean: null, dontKnow: 1 });
    expect(results.respondents).toBe(2);
    expect(results.entryIds).toHaveLength(3);
  });

  it('lists ideas in the order received, with the name a person chose, and totals votes largest first', () => {
    const ideas = newActivity({ kind: 'ideas', focusText: 'Jonotus' }, 0);
    const idea = (participantId: string, text: string, second: number): ReceivedEntry => ({
      id: newEntryId(),
      activityId: ideas.id,
      rev: 1,
      kind: 'idea',
      text,
      participantId,
      receivedAt: at(second),
    });
    const listed = summariseActivity(
      ideas,
      [idea('p2', 'Toinen', 5), idea('p1', 'Ensimmäinen', 2)],
      people,
      at(9),
    );
    expect(listed.kind === 'ideas' && listed.ideas.map((row) => [row.text, row.author])).toEqual([
      ['Ensimmäinen', 'Maija'],
      ['Toinen', ''],
    ]);

    const votes = newActivity(
      {
        kind: 'votes',
        options: [
          { id: 'a', title: 'A' },
          { id: 'b', title: 'B' },
        ],
      },
      1,
    );
    const vote = (participantId: string, optionId: string, dots: number): ReceivedEntry => ({
      id: newEntryId(),
      activityId: votes.id,
      rev: 1,
      kind: 'vote',
      optionId,
      dots,
      participantId,
      receivedAt: at(1),
    });
    const totals = summariseActivity(
      votes,
      [vote('p1', 'a', 1), vote('p1', 'b', 2), vote('p2', 'b', 3)],
      people,
      at(9),
    );
    expect(totals.kind === 'votes' && totals.totals).toEqual([
      { optionId: 'b', title: 'B', dots: 5, voters: 2 },
      { optionId: 'a', title: 'A', dots: 1, voters: 1 },
    ]);
  });

  it('publishes evidence as counts only, never its text', () => {
    const activity = newActivity(
      { kind: 'evidence', touchpoints: [{ id: 't1', name: 'Kassa' }] },
      0,
    );
    const entry: ReceivedEntry = {
      id: newEntryId(),
      activityId: activity.id,
      rev: 1,
      kind: 'evidence',
      text: 'Asiakas Virtanen kiitti',
      tone: 'praise',
      touchpointId: 't1',
      participantId: 'p1',
      receivedAt: at(1),
    };
    const results = summariseActivity(activity, [entry], people, at(9));
    expect(results.kind === 'evidence' && results.byTone).toEqual({
      praise: 1,
      complaint: 0,
      neutral: 0,
    });
    expect(JSON.stringify(results)).not.toContain('Virtanen');
  });

  it('summarises the staff check per statement, in the check’s order, from its own entries only', () => {
    const activity = newActivity({ kind: 'staffRatings' }, 0);
    const answer = (
      participantId: string,
      statementId: 'climate' | 'workload',
      score: 1 | 2 | 3 | 4 | 5 | null,
      activityId = activity.id,
    ): ReceivedEntry => ({
      id: newEntryId(),
      activityId,
      rev: 1,
      kind: 'staffRating',
      statementId,
      score,
      participantId,
      receivedAt: at(1),
    });
    const entries = [
      answer('p1', 'climate', 2),
      answer('p2', 'climate', 5),
      answer('p2', 'workload', null),
      answer('p1', 'workload', 1, newEntryId()),
    ];
    const results = summariseActivity(activity, entries, people, at(9));
    if (results.kind !== 'staffRatings') throw new Error('wrong kind');
    expect(results.statements.map((row) => row.statementId)).toEqual([
      'climate',
      'beingOneself',
      'coaching',
      'leadership',
      'authority',
      'feedbackToStaff',
      'workload',
    ]);
    expect(results.statements[0]?.scores).toMatchObject({ mean: 3.5, sd: 1.5, min: 2, max: 5 });
    expect(results.statements[6]?.scores).toMatchObject({ mean: null, count: 0, dontKnow: 1 });
    expect(results.respondents).toBe(2);
    expect(results.entryIds).toHaveLength(3);
  });
});
