import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { RECORD_SCHEMAS } from '../../src/db/record-schemas';
import { id, isoDate, reference, timestamp } from '../../src/domain/model/fields';
import { TEXT_FIELDS, textsAt, type TextTable } from '../../src/domain/model/text-fields';
import { workshopSchema } from '../../src/domain/model/workshop-schema';

/** Strings that are never written by a person: ids, references, timestamps, dates. */
const MACHINE_STRINGS = new Set<unknown>([id, reference, timestamp, isoDate]);

type Def = {
  type: string;
  shape?: Record<string, z.ZodMiniType>;
  element?: z.ZodMiniType;
  innerType?: z.ZodMiniType;
  valueType?: z.ZodMiniType;
  options?: z.ZodMiniType[];
};

/** Every path of the schema that holds a string a person could have written. */
function stringPaths(schema: z.ZodMiniType, path = ''): string[] {
  if (MACHINE_STRINGS.has(schema)) return [];
  const def = (schema as unknown as { _zod: { def: Def } })._zod.def;
  const join = (step: string) => (path ? `${path}.${step}` : step);
  switch (def.type) {
    case 'string':
      return [path];
    case 'object':
      return Object.entries(def.shape!).flatMap(([key, value]) => stringPaths(value, join(key)));
    case 'array':
      return stringPaths(def.element!, `${path}[]`);
    case 'optional':
    case 'nullable':
      return stringPaths(def.innerType!, path);
    case 'record':
      return stringPaths(def.valueType!, join('*'));
    case 'union':
      return [...new Set(def.options!.flatMap((option) => stringPaths(option, path)))];
    default:
      return [];
  }
}

function declared(table: TextTable): string[] {
  const classes = TEXT_FIELDS[table] as {
    free: readonly string[];
    names?: readonly string[];
    fixed?: readonly string[];
  };
  return [...classes.free, ...(classes.names ?? []), ...(classes.fixed ?? [])];
}

describe('the declared text fields', () => {
  it('classify every text field of every workshop record in the data model', () => {
    for (const table of Object.keys(TEXT_FIELDS) as TextTable[]) {
      const inModel = stringPaths(RECORD_SCHEMAS[table]).sort();
      expect({ table, fields: declared(table).sort() }).toEqual({ table, fields: inModel });
    }
  });

  it('fail when a new text field is added to a record without being classified', () => {
    const extended = z.object({ ...workshopSchema.def.shape, privateNote: z.string() });
    const inModel = stringPaths(extended);
    expect(inModel).toContain('privateNote');
    expect(inModel.filter((path) => !declared('workshops').includes(path))).toEqual([
      'privateNote',
    ]);
  });

  it('find the texts in lists and maps by their concrete path', () => {
    const row = {
      strengths: [
        { id: 'a', text: 'one' },
        { id: 'b', text: 'two' },
      ],
      statementUses: { recruiting: { isUsed: true, note: 'note' } },
      tags: ['x'],
    };
    expect(textsAt(row, 'strengths[].text')).toEqual([
      { path: 'strengths.0.text', text: 'one' },
      { path: 'strengths.1.text', text: 'two' },
    ]);
    expect(textsAt(row, 'statementUses.*.note')).toEqual([
      { path: 'statementUses.recruiting.note', text: 'note' },
    ]);
    expect(textsAt(row, 'tags[]')).toEqual([{ path: 'tags.0', text: 'x' }]);
  });
});
