import { describe, expect, it } from 'vitest';
import { tableOf, type TableName } from '../../src/db/database';
import { HOUSEKEEPING_TABLES, WORKSHOP_CHILD_TABLES } from '../../src/db/schema';
import { CONTENT_TABLES } from '../../src/domain/workshop-content';
import type { JournalTarget } from '../../src/db/save-journal';

describe('table names', () => {
  it('come from the database class: a misspelt one fails the typecheck, and Dexie refuses it', () => {
    // @ts-expect-error 'segmnets' is not a table of the database
    expect(() => tableOf('segmnets')).toThrow(/segmnets/);
    expect(tableOf('segments').name).toBe('segments');
    const misspelt: JournalTarget = {
      // @ts-expect-error the journal names its tables with the same type
      table: 'workshop',
      id: 'w-1',
      field: 'title',
    };
    const names: TableName[] = ['workshops', 'evidence', 'roomSessions'];
    expect(names).not.toContain(misspelt.table);
  });

  it('that the schema history gives to a workshop are its content plus housekeeping', () => {
    // A table added to a schema version but not to WorkshopContent would be left out of backups.
    expect([...WORKSHOP_CHILD_TABLES].sort()).toEqual(
      [...CONTENT_TABLES, ...HOUSEKEEPING_TABLES].sort(),
    );
  });
});
