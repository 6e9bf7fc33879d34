/**
 * The facilitator's live room (v12): its credentials, kept through a reload. Its two Yjs documents
 * are Y.Doc properties of the row since v14 (y-dexie), outside this schema: see db/live-room-docs.ts.
 */
import * as z from 'zod/mini';
import { LIVE_ROOM_STATUSES } from './enums';
import { id, owned, shortText, timestamp } from './fields';

/** Table `liveRooms`: one per room the facilitator started; never in a backup (it holds a secret). */
export const liveRoomSchema = z.object({
  ...owned,
  /** The six-character room code shown on the projector. */
  code: z.string().check(z.regex(/^[0-9A-Z]{6}$/)),
  /** In the QR link; the relay admits phones with it. */
  joinKey: z.string().check(z.minLength(16), z.maxLength(100)),
  /** The facilitator's secret: never shown, never in a link or a backup. */
  secret: z.string().check(z.minLength(32), z.maxLength(200)),
  /** The relay's http(s) address the room was started on. */
  relayUrl: shortText,
  status: z.enum(LIVE_ROOM_STATUSES),
  /** Participant record ids by inbox id, so a person stays one person over every reveal. */
  people: z.record(z.string(), id),
  /** Activities whose entries are already in the workshop's records. */
  importedActivityIds: z.array(id).check(z.maxLength(500)),
  closedAt: timestamp,
});
