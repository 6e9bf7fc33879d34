/**
 * Names of a room's documents and the tokens that open them. The relay checks both; the names
 * carry no secret (they may appear in logs and Redis channels), the tokens do.
 *
 *   pp/<CODE>/public              facilitator writes, participants read
 *   pp/<CODE>/facilitator         the relay writes validated entries, the facilitator reads (its
 *                                 copy also restores a relay that lost its own)
 *   pp/<CODE>/inbox/<inboxId>     one phone writes its entries; only the holder of its key opens it
 *   pp/<CODE>/relay               the relay's own registry (keys' hashes, status); nobody opens it
 */
import { isHexId, isKey, isRoomCode, isSecret } from './codes';

export type RoomDocumentKind = 'public' | 'facilitator' | 'relay';

export type RoomDocument =
  { code: string; kind: RoomDocumentKind } | { code: string; kind: 'inbox'; inboxId: string };

const PREFIX = 'pp';

export function roomDocumentName(code: string, kind: RoomDocumentKind): string {
  return `${PREFIX}/${code}/${kind}`;
}

export function inboxDocumentName(code: string, inboxId: string): string {
  return `${PREFIX}/${code}/inbox/${inboxId}`;
}

export function parseDocumentName(name: string): RoomDocument | null {
  const parts = name.split('/');
  if (parts[0] !== PREFIX || !isRoomCode(parts[1])) return null;
  const code = parts[1];
  if (parts.length === 4 && parts[2] === 'inbox' && isHexId(parts[3])) {
    return { code, kind: 'inbox', inboxId: parts[3] };
  }
  if (
    parts.length === 3 &&
    (parts[2] === 'public' || parts[2] === 'facilitator' || parts[2] === 'relay')
  ) {
    return { code, kind: parts[2] };
  }
  return null;
}

/** The facilitator's token: the secret proves the room is theirs; the join key is registered with it. */
export type FacilitatorToken = {
  role: 'facilitator';
  secret: string;
  joinKey: string;
  /** Asked for by a relay that only lets known facilitators create rooms. */
  createKey?: string;
};

/** A participant's token: the join key from the QR link; the inbox key for their own inbox. */
export type ParticipantToken = { role: 'participant'; joinKey: string; inboxKey?: string };

export type RoomToken = FacilitatorToken | ParticipantToken;

export function encodeToken(token: RoomToken): string {
  return JSON.stringify(token);
}

/** A token from a connection, or null when it is malformed (never trusted beyond its shape). */
export function parseToken(raw: string): RoomToken | null {
  if (raw.length > 1_000) return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const token = value as Record<string, unknown>;
  if (!isKey(token.joinKey)) return null;
  if (token.role === 'facilitator' && isSecret(token.secret)) {
    const createKey =
      typeof token.createKey === 'string' ? token.createKey.slice(0, 200) : undefined;
    return { role: 'facilitator', secret: token.secret, joinKey: token.joinKey, createKey };
  }
  if (token.role === 'participant') {
    if (token.inboxKey !== undefined && !isKey(token.inboxKey)) return null;
    return { role: 'participant', joinKey: token.joinKey, inboxKey: token.inboxKey };
  }
  return null;
}
