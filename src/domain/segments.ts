/**
 * Segments steer resources: each action names the customer segments it serves, and the path
 * shows how the effort spreads over the segments beside how much each segment matters.
 */
import type { Action, Segment } from './types';

export type SegmentEffort = {
  /** '' for the actions linked to no segment. */
  segmentId: string;
  actions: number;
  /** Sum of the rated efforts (1–5 each). */
  effort: number;
  /** Actions whose effort is not rated yet. */
  unrated: number;
};

/** Effort of the live actions (not dropped) by segment, in the segments' order; an action serving two segments counts for both. */
export function effortBySegment(
  actions: readonly Pick<Action, 'segmentIds' | 'effort' | 'status'>[],
  segments: readonly Pick<Segment, 'id'>[],
): SegmentEffort[] {
  const live = actions.filter((action) => action.status !== 'dropped');
  const known = new Set(segments.map((segment) => segment.id));
  const tally = (serves: (action: (typeof live)[number]) => boolean, segmentId: string) => {
    const served = live.filter(serves);
    return {
      segmentId,
      actions: served.length,
      effort: served.reduce((sum, action) => sum + (action.effort ?? 0), 0),
      unrated: served.filter((action) => action.effort === null).length,
    };
  };
  return [
    ...segments.map((segment) =>
      tally((action) => action.segmentIds.includes(segment.id), segment.id),
    ),
    tally((action) => !action.segmentIds.some((id) => known.has(id)), ''),
  ];
}
