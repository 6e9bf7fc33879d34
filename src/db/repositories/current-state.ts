import { childTable, orderedTable } from './child-table';
import { moveRow, updateRows } from './rows';

// Evidence: feedback, stories, interview notes, observations, survey results.
const evidence = childTable('evidence');
export const listEvidence = evidence.list;
export const createEvidence = evidence.create;
export const updateEvidence = evidence.update;
/** Deletes an item; ratings citing it stop citing it. */
export const deleteEvidence = evidence.delete;
export const restoreEvidence = evidence.restore;

/** Puts the chosen items into a theme (or takes them out with themeId ''). */
export async function assignTheme(itemIds: readonly string[], themeId: string): Promise<void> {
  await updateRows('evidence', itemIds, { themeId });
}

// Themes: affinity groups of evidence.
const themes = orderedTable('themes');
export const listThemes = themes.list;
export const createTheme = themes.create;
export const updateTheme = themes.update;
/** Deletes a theme; its items stay, ungrouped, and actions stop addressing it. */
export const deleteTheme = themes.delete;
export const restoreTheme = themes.restore;

// Journey stages and their touchpoints (touchpoints are in ./journey).
const stages = orderedTable('journeyStages');
export const listStages = stages.list;
export const createStage = stages.create;
export const updateStage = stages.update;
/** Deletes a stage with its touchpoints; evidence pointing at them is kept, unlinked. */
export const deleteStage = stages.delete;
export const restoreStage = stages.restore;

/** Moves a stage one place earlier or later. */
export const moveStage = (stageId: string, direction: -1 | 1) =>
  moveRow('journeyStages', stageId, { by: direction });

// Customer segments.
const segments = orderedTable('segments');
export const listSegments = segments.list;
export const createSegment = segments.create;
export const updateSegment = segments.update;
/** Deletes a segment; evidence from that segment is kept, unlinked. */
export const deleteSegment = segments.delete;
export const restoreSegment = segments.restore;

// The organisation's values.
const orgValues = orderedTable('orgValues');
export const listOrgValues = orgValues.list;
export const createOrgValue = orgValues.create;
export const updateOrgValue = orgValues.update;
export const deleteOrgValue = orgValues.delete;
export const restoreOrgValue = orgValues.restore;
