/**
 * Who may open which document (Hocuspocus onAuthenticate, once per document and connection).
 * Refusals carry a short reason the page can explain; nothing of a token is ever logged.
 */
import type { onAuthenticatePayload } from '@hocuspocus/server';
import { LIVE_LIMITS } from '../src/domain/live-room/limits';
import { parseDocumentName, parseToken } from '../src/domain/live-room/documents';
import { registerParticipant } from './copier';
import type { RoomHub } from './hub';
import {
  claimInbox,
  createRegistry,
  readRegistry,
  sameSecret,
  setJoinKey,
  sha256,
} from './registry';

export type ConnectionContext =
  { role: 'facilitator'; code: string } | { role: 'participant'; code: string; inboxId: string };

/** Thrown to refuse: Hocuspocus sends `reason` to the client; the empty message keeps it out of the log. */
export class Refusal extends Error {
  constructor(readonly reason: string) {
    super('');
  }
}

function refuse(reason: string): never {
  throw new Refusal(reason);
}

export async function authenticate(
  payload: Pick<onAuthenticatePayload, 'documentName' | 'token' | 'connectionConfig'>,
  hub: RoomHub,
  createKey: string,
): Promise<ConnectionContext> {
  const document = parseDocumentName(payload.documentName);
  if (!document || document.kind === 'relay') refuse('not-allowed');
  const token = parseToken(payload.token ?? '');
  if (!token) refuse('invalid-token');
  const room = await hub.acquire(document.code);
  try {
    const registry = readRegistry(room.registry);
    if (registry.exists && registry.status === 'closed') refuse('room-closed');
    if (token.role === 'facilitator') {
      if (document.kind === 'inbox') refuse('not-allowed');
      if (!registry.exists) {
        if (createKey && !sameSecret(token.createKey ?? '', createKey)) refuse('not-allowed');
        createRegistry(room.registry, token.secret, token.joinKey);
      } else if (!sameSecret(sha256(token.secret), registry.secretHash)) {
        refuse('room-taken');
      } else {
        setJoinKey(room.registry, token.joinKey);
      }
      // Writable although only the relay writes entries there: if the relay lost its copy (a crash
      // before the store), the facilitator's own copy brings every entry back on reconnect.
      payload.connectionConfig.readOnly = false;
      return { role: 'facilitator', code: document.code };
    }
    if (!registry.exists) refuse('room-not-found');
    if (!sameSecret(token.joinKey, registry.joinKey)) refuse('not-allowed');
    if (document.kind === 'public') {
      payload.connectionConfig.readOnly = true;
      return { role: 'participant', code: document.code, inboxId: '' };
    }
    if (document.kind !== 'inbox' || !token.inboxKey) refuse('not-allowed');
    const claim = claimInbox(
      room.registry,
      document.inboxId,
      token.inboxKey,
      LIVE_LIMITS.participants,
    );
    if (claim === 'full') refuse('room-full');
    if (claim === 'wrong') refuse('not-allowed');
    registerParticipant(document.inboxId, room.facilitatorDoc);
    return { role: 'participant', code: document.code, inboxId: document.inboxId };
  } catch (error) {
    hub.release(document.code);
    throw error;
  }
}
