import Dexie, { type EntityTable } from 'dexie';
import type { Action, Workshop } from '../domain/types';
import { SCHEMA_VERSIONS } from './schema';

export const DATABASE_NAME = 'palvelupolku';

export class PalvelupolkuDatabase extends Dexie {
  workshops!: EntityTable<Workshop, 'id'>;
  actions!: EntityTable<Action, 'id'>;

  constructor(name = DATABASE_NAME) {
    super(name);
    for (const schema of SCHEMA_VERSIONS) {
      const version = this.version(schema.version).stores(schema.stores);
      if (schema.upgrade) version.upgrade(schema.upgrade);
    }
  }
}

/** The one shared instance the repositories use. */
export const db = new PalvelupolkuDatabase();
