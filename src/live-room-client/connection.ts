/**
 * One websocket to the relay carrying several documents (Hocuspocus multiplexing), and the
 * connection state a person sees: connecting, connected, offline, denied or closed.
 */
import {
  HocuspocusProvider,
  HocuspocusProviderWebsocket,
  WebSocketStatus,
} from '@hocuspocus/provider';
import type * as Y from 'yjs';
import { encodeToken, type RoomToken } from '../domain/live-room/documents';

export type ConnectionState = 'connecting' | 'connected' | 'offline' | 'denied' | 'closed';

/** Stateless message the relay sends to every connection of a room it has just closed. */
export const ROOM_CLOSED = 'room-closed';

/** Refusal that may pass (a restarted relay before the facilitator is back); others are final. */
export const ROOM_NOT_FOUND = 'room-not-found';
const RETRY_MS = 3_000;
const retrying = new WeakSet<HocuspocusProviderWebsocket>();

function retryLater(socket: HocuspocusProviderWebsocket): void {
  if (retrying.has(socket)) return;
  retrying.add(socket);
  setTimeout(() => {
    retrying.delete(socket);
    if (!socket.shouldConnect) return; // destroyed meanwhile
    // The relay remembers a refused document per socket: only a new socket asks again.
    socket.webSocket?.close();
  }, RETRY_MS);
}

export type SocketOptions = {
  /** ws:// or wss:// address of the relay. */
  url: string;
  /** Node 20 has no global WebSocket: pass the `ws` package there. */
  WebSocketPolyfill?: unknown;
};

export function openSocket(options: SocketOptions): HocuspocusProviderWebsocket {
  return new HocuspocusProviderWebsocket({
    url: options.url,
    ...(options.WebSocketPolyfill ? { WebSocketPolyfill: options.WebSocketPolyfill } : {}),
    // A relay on the facilitator's laptop may be restarted mid-room: come back within seconds.
    delay: 500,
    factor: 1.5,
    minDelay: 250,
    maxDelay: 5_000,
    maxAttempts: 0,
  });
}

export type DocumentLink = {
  provider: HocuspocusProvider;
  /** Why the relay refused the document; '' while it has not. */
  deniedReason: () => string;
};

export function attachDocument(
  socket: HocuspocusProviderWebsocket,
  name: string,
  document: Y.Doc,
  token: RoomToken,
  onEvent: () => void,
  options: { keepAlive?: boolean } = {},
): DocumentLink {
  let denied = '';
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name,
    document,
    token: encodeToken(token),
    // Presence would tell everyone who is in the room: nothing is shared.
    awareness: null,
    // Without awareness the relay sends nothing while the room is idle; a periodic state-vector
    // exchange keeps the socket alive and re-sends anything a dropped message lost.
    forceSyncInterval: options.keepAlive ? 10_000 : false,
    onAuthenticationFailed: ({ reason }) => {
      denied = reason || 'permission-denied';
      onEvent();
      // A relay that lost its data knows the room again once the facilitator reconnects: retry.
      if (denied === ROOM_NOT_FOUND) retryLater(socket);
    },
    onAuthenticated: () => {
      denied = '';
      onEvent();
    },
    onSynced: onEvent,
    onStatus: onEvent,
  });
  provider.attach();
  return { provider, deniedReason: () => denied };
}

/** The state to show for a set of documents on one socket. */
export function connectionStateOf(
  socket: HocuspocusProviderWebsocket,
  links: readonly DocumentLink[],
  isClosed: boolean,
): ConnectionState {
  if (isClosed) return 'closed';
  if (links.some((link) => link.deniedReason() !== '')) return 'denied';
  const { status } = socket;
  if (status === WebSocketStatus.Connected && links.every((link) => link.provider.isSynced))
    return 'connected';
  return status === WebSocketStatus.Disconnected ? 'offline' : 'connecting';
}

/** Listeners with one call to notify them all; errors in one do not stop the others. */
export function listeners(): {
  subscribe: (listener: () => void) => () => void;
  notify: () => void;
} {
  const set = new Set<() => void>();
  const subscribe = (listener: () => void) => {
    set.add(listener);
    return () => {
      set.delete(listener);
    };
  };
  const notify = () => {
    for (const listener of set) {
      try {
        listener();
      } catch (error) {
        console.error(error);
      }
    }
  };
  return { subscribe, notify };
}
