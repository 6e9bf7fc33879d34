import Dexie, { type EntityTable } from 'dexie';
import type {
  Action,
  AgendaStep,
  CustomerPromise,
  EvidenceItem,
  Indicator,
  JourneyStage,
  OrgValue,
  Participant,
  Rating,
  Review,
  RoomSession,
  Segment,
  Snapshot,
  Theme,
  Touchpoint,
  Vote,
  Workshop,
} from '../domain/types';
import { SCHEMA_VERSIONS } from './schema';

export const DATABASE_NAME = 'palvelupolku';

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
  promises!: EntityTable<CustomerPromise, 'id'>;
  indicators!: EntityTable<Indicator, 'id'>;
  votes!: EntityTable<Vote, 'id'>;
  reviews!: EntityTable<Review, 'id'>;
  snapshots!: EntityTable<Snapshot, 'id'>;
  agendaSteps!: EntityTable<AgendaStep, 'id'>;
  roomSessions!: EntityTable<RoomSession, 'id'>;

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
