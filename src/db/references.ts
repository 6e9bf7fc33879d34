import type { ChildTableName, RowOf, TableName } from './database';

/**
 * Every reference between records, in one place: which field of which table holds the id of a
 * row of another table, and what deleting that row does to it. `cascade` deletes the rows that
 * point at it (and whatever points at them); `unlink` keeps them and stops them pointing.
 * Room sessions are referenced too (`roomSessionId`), but are only ever deleted with their
 * workshop, which takes every row with it.
 */
export type Reference<F extends TableName = TableName> = {
  from: F;
  to: readonly ChildTableName[];
  onDelete: 'cascade' | 'unlink';
  refersTo(row: RowOf<F>, id: string): boolean;
  /** The changed fields of a row that no longer points at `id` (for `unlink`). */
  unlinked(row: RowOf<F>, id: string): Partial<RowOf<F>>;
};

type IdField<F extends TableName> = {
  [K in keyof RowOf<F>]: RowOf<F>[K] extends string ? K : never;
}[keyof RowOf<F>];
type IdListField<F extends TableName> = {
  [K in keyof RowOf<F>]: RowOf<F>[K] extends string[] ? K : never;
}[keyof RowOf<F>];

/** A field holding one id, '' when it points nowhere. */
function idField<F extends TableName>(
  from: F,
  field: IdField<F>,
  to: ChildTableName,
  onDelete: Reference['onDelete'],
): Reference<F> {
  return {
    from,
    to: [to],
    onDelete,
    refersTo: (row, id) => row[field] === id,
    unlinked: () => ({ [field]: '' }) as Partial<RowOf<F>>,
  };
}

/** A field holding a list of ids; unlinking takes the id out of the list. */
function idList<F extends TableName>(
  from: F,
  field: IdListField<F>,
  to: readonly ChildTableName[],
): Reference<F> {
  const ids = (row: RowOf<F>) => row[field] as string[];
  return {
    from,
    to,
    onDelete: 'unlink',
    refersTo: (row, id) => ids(row).includes(id),
    unlinked: (row, id) =>
      ({ [field]: ids(row).filter((item) => item !== id) }) as Partial<RowOf<F>>,
  };
}

export const REFERENCES: readonly Reference[] = [
  idField('touchpoints', 'stageId', 'journeyStages', 'cascade'),
  idField('evidence', 'touchpointId', 'touchpoints', 'unlink'),
  idField('evidence', 'segmentId', 'segments', 'unlink'),
  idField('evidence', 'themeId', 'themes', 'unlink'),
  idField('ratings', 'participantId', 'participants', 'cascade'),
  idField('votes', 'participantId', 'participants', 'cascade'),
  idField('ratings', 'reviewId', 'reviews', 'cascade'),
  idList('ratings', 'evidenceIds', ['evidence']),
  idField('votes', 'actionId', 'actions', 'cascade'),
  idField('actions', 'indicatorId', 'indicators', 'unlink'),
  // An action addresses gaps: principles (not records), critical moments, themes, indicators.
  idList('actions', 'addresses', ['touchpoints', 'themes', 'indicators']),
  idList('actions', 'segmentIds', ['segments']),
  idList('touchpoints', 'segmentIds', ['segments']),
  idList('indicators', 'segmentIds', ['segments']),
  {
    from: 'reviews',
    to: ['actions'],
    onDelete: 'unlink',
    refersTo: (review, id) =>
      review.actionNotes.some((note) => note.actionId === id) ||
      review.routineChecks.some((check) => check.actionId === id),
    unlinked: (review, id) => ({
      actionNotes: review.actionNotes.filter((note) => note.actionId !== id),
      routineChecks: review.routineChecks.filter((check) => check.actionId !== id),
    }),
  } satisfies Reference<'reviews'>,
  {
    from: 'workshops',
    to: ['agendaSteps'],
    onDelete: 'unlink',
    refersTo: (workshop, id) => workshop.timer?.stepId === id,
    unlinked: () => ({ timer: null }),
  } satisfies Reference<'workshops'>,
];

/** The references that point at rows of `table`. */
export function referencesTo(table: ChildTableName): readonly Reference[] {
  return REFERENCES.filter((reference) => reference.to.includes(table));
}
