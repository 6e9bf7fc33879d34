import { describe, expect, it } from 'vitest';
import { effortBySegment } from '../../src/domain/segments';
import type { Action } from '../../src/domain/types';

const action = (
  segmentIds: string[],
  effort: Action['effort'],
  status: Action['status'] = 'planned',
) => ({
  segmentIds,
  effort,
  status,
});

describe('effort by segment', () => {
  it('adds up the live actions and their effort per segment, with the unlinked apart', () => {
    const rows = effortBySegment(
      [
        action(['a', 'b'], 2),
        action(['a'], 4),
        action(['b'], null),
        action(['a'], 5, 'dropped'),
        action([], 3),
        action(['gone'], 1),
      ],
      [{ id: 'a' }, { id: 'b' }],
    );
    expect(rows).toEqual([
      { segmentId: 'a', actions: 2, effort: 6, unrated: 0 },
      { segmentId: 'b', actions: 2, effort: 2, unrated: 1 },
      { segmentId: '', actions: 2, effort: 4, unrated: 0 },
    ]);
  });
});
