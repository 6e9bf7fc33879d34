import Dexie, { type EntityTable, type PromiseExtended, type Table } from 'dexie';
import yDexie from 'y-dexie';
import type {
  Action,
  AgendaStep,
  CustomerPromise,
  EvidenceItem,
  Indicator,
  JourneyStage,
  LiveRoomRecord,
  OrgValue,
  Participant,
  Rating,
  Review,
  RoomSession,
  Segment,
  Snapshot,
  StaffRating,
  Theme,
  Touchpoint,
  Vote,
  Workshop,
} from '../domain/types';
import { DATABASE_NAME } from './database-name';
import { databaseMayOpen } from './open-gate';
import { SCHEMA_VERSIONS } from './schema';
import { upgradeTables } from './schema/row-upgrade';

export { DATABASE_NAME } from './database-name';

export class PalvelupolkuDatabase extends Dexie {
  workshops!: EntityTable<Workshop, 'id'>;
  actions!: EntityTable<Action, 'id'>;
  evidence!: EntityTable<EvidenceItem, 'id'>;
  themes!: EntityTable<Theme, 'id'>;
  journeyStages!: EntityTable<JourneyStage, 'id'>;
  touchpoints!: EntityTable<Touchpoint, 'id'>;
  segments!: EntityTable<Segment, 'id'>;
  orgValues!: EntityTable<OrgValue, 'id'>;
  participants!: EntityTable<Participant, 'id'>;
  ratings!: EntityTable<Rating, 'id'>;
  staffRatings!: EntityTable<StaffRating, 'id'>;
  promises!: EntityTable<CustomerPromise, 'id'>;
  indicators!: EntityTable<Indicator, 'id'>;
  votes!: EntityTable<Vote, 'id'>;
  reviews!: EntityTable<Review, 'id'>;
  snapshots!: EntityTable<Snapshot, 'id'>;
  agendaSteps!: EntityTable<AgendaStep, 'id'>;
  roomSessions!: EntityTable<RoomSession, 'id'>;
  liveRooms!: EntityTable<LiveRoomRecord, 'id'>;

  constructor(name = DATABASE_NAME) {
    // y-dexie: a live room's Yjs documents are Y.Doc properties of its row (schema v14).
    super(name, { addons: [(database) => void yDexie(database)] });
    for (const schema of SCHEMA_VERSIONS) {
      const version = this.version(schema.version).stores(schema.stores);
      const { upgrades, upgradeData } = schema;
      if (upgrades || upgradeData) {
        version.upgrade(async (tx) => {
          if (upgrades) await upgradeTables(tx, upgrades);
          await upgradeData?.(tx);
        });
      }
    }
    this.use({
      stack: 'dbcore',
      name: 'readOnlyWhenNewer',
      create: (down) => ({
        ...down,
        transaction: (stores, mode, options) => {
          // A newer app may keep rows this one does not know of: this one only reads.
          if (mode === 'readwrite' && this.isNewerThanApp()) {
            throw new DOMException('Written by a newer app version', 'VersionError');
          }
          return down.transaction(stores, mode, options);
        },
      }),
    });
  }

  /**
   * Every open, also the one a first query starts, waits for the gate (src/db/open-gate.ts): the
   * pre-upgrade snapshot must read the old workshops before this opens and upgrades them.
   */
  override open(): PromiseExtended<Dexie> {
    return Dexie.Promise.resolve(databaseMayOpen()).then(() => super.open());
  }

  /** Whether a newer app version has upgraded the database beyond the schemas this one has. */
  isNewerThanApp(): boolean {
    const newest = Math.max(...SCHEMA_VERSIONS.map((schema) => schema.version));
    return this.isOpen() && this.backendDB().version / 10 > newest;
  }
}

/** The name of every table, from the class above: a typo is a type error, not a runtime one. */
export type TableName = {
  [K in keyof PalvelupolkuDatabase]: PalvelupolkuDatabase[K] extends Table ? K : never;
}[keyof PalvelupolkuDatabase];

/** The record type stored in a table. */
export type RowOf<T extends TableName> =
  PalvelupolkuDatabase[T] extends Table<infer Row, string, unknown> ? Row : never;

/** Tables whose rows belong to one workshop (they carry `workshopId`). */
export type ChildTableName = Exclude<TableName, 'workshops'>;

/** The one shared instance the repositories use. */
export const db = new PalvelupolkuDatabase();

/** A table by its name, typed with its record type (for code that walks several tables). */
export function tableOf<T extends TableName>(name: T): Table<RowOf<T>, string> {
  return db.table<RowOf<T>, string>(name);
}
