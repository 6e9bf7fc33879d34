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
  /** The changed fields of a row whose referenced ids are passed through `idOf` (new ids). */
  remapped(row: RowOf<F>, idOf: IdOf): Partial<RowOf<F>>;
};

/** The id a record of `table` has now: a fresh one, or the same when it keeps its id. */
export type IdOf = (table: TableName, id: string) => string;

/** An id that may point into any of several tables: the first table that gives it a new id. */
const idIn = (to: readonly ChildTableName[], id: string, idOf: IdOf) =>
  to.map((table) => idOf(table, id)).find((next) => next !== id) ?? id;

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
    remapped: (row, idOf) => {
      const id = row[field] as string;
      return (id ? { [field]: idOf(to, id) } : {}) as Partial<RowOf<F>>;
    },
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
    remapped: (row, idOf) =>
      ({ [field]: ids(row).map((id) => idIn(to, id, idOf)) }) as Partial<RowOf<F>>,
  };
}

export const REFERENCES: readonly Reference[] = [
  idField('touchpoints', 'stageId', 'journeyStages', 'cascade'),
  idField('evidence', 'touchpointId', 'touchpoints', 'unlink'),
  idField('evidence', 'segmentId', 'segments', 'unlink'),
  idField('evidence', 'themeId', 'themes', 'unlink'),
  idField('ratings', 'participantId', 'participants', 'cascade'),
  idField('staffRatings', 'participantId', 'participants', 'cascade'),
  idField('votes', 'participantId', 'participants', 'cascade'),
  idField('ratings', 'reviewId', 'reviews', 'cascade'),
  idField('staffRatings', 'reviewId', 'reviews', 'cascade'),
  idList('ratings', 'evidenceIds', ['evidence']),
  idField('votes', 'actionId', 'actions', 'cascade'),
  idField('actions', 'indicatorId', 'indicators', 'unlink'),
  // An action addresses gaps: principles and staff statements (not records), critical moments, themes, indicators.
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
    remapped: (review, idOf) => ({
      actionNotes: review.actionNotes.map((note) => ({
        ...note,
        actionId: idOf('actions', note.actionId),
      })),
      routineChecks: review.routineChecks.map((check) => ({
        ...check,
        actionId: idOf('actions', check.actionId),
      })),
    }),
  } satisfies Reference<'reviews'>,
  {
    from: 'reviews',
    to: ['indicators'],
    onDelete: 'unlink',
    refersTo: (review, id) => review.indicatorReadings.some((item) => item.indicatorId === id),
    unlinked: (review, id) => ({
      indicatorReadings: review.indicatorReadings.filter((item) => item.indicatorId !== id),
    }),
    remapped: (review, idOf) => ({
      indicatorReadings: review.indicatorReadings.map((item) => ({
        ...item,
        indicatorId: idOf('indicators', item.indicatorId),
      })),
    }),
  } satisfies Reference<'reviews'>,
  {
    from: 'workshops',
    to: ['agendaSteps'],
    onDelete: 'unlink',
    refersTo: (workshop, id) => workshop.timer?.stepId === id,
    unlinked: () => ({ timer: null }),
    remapped: (workshop, idOf) =>
      workshop.timer
        ? { timer: { ...workshop.timer, stepId: idOf('agendaSteps', workshop.timer.stepId) } }
        : {},
  } satisfies Reference<'workshops'>,
];

/** Tables whose rows name the room session they were entered in (`roomSessionId`). */
const ROOM_ENTRY_TABLES: readonly TableName[] = [
  'participants',
  'ratings',
  'staffRatings',
  'actions',
  'votes',
];

/**
 * The row with new ids where `idOf` gives them: its own, its workshop's and every reference
 * the model declares. Nothing else changes, whatever a text or an enum value happens to equal.
 */
export function remapRow<F extends TableName>(table: F, row: RowOf<F>, idOf: IdOf): RowOf<F> {
  type Stored = { id: string; workshopId?: string; roomSessionId?: string };
  const source = row as RowOf<F> & Stored;
  let next: Stored = { ...source, id: idOf(table, source.id) };
  if (typeof next.workshopId === 'string') next.workshopId = idOf('workshops', next.workshopId);
  if (ROOM_ENTRY_TABLES.includes(table) && next.roomSessionId) {
    next.roomSessionId = idOf('roomSessions', next.roomSessionId);
  }
  for (const reference of REFERENCES) {
    if (reference.from !== table) continue;
    next = { ...next, ...(reference as Reference<F>).remapped(row, idOf) };
  }
  return next as RowOf<F>;
}

/** The references that point at rows of `table`. */
export function referencesTo(table: ChildTableName): readonly Reference[] {
  return REFERENCES.filter((reference) => reference.to.includes(table));
}
