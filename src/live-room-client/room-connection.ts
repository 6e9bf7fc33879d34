/**
 * What both sides of a live room set up alike: one socket, their documents attached to it, the
 * relay's "room closed" message, and one set of listeners told about every change.
 */
import type * as Y from 'yjs';
import type { RoomToken } from '../domain/live-room/documents';
import {
  attachDocument,
  connectionStateOf,
  listeners,
  openSocket,
  ROOM_CLOSED,
  type ConnectionState,
  type DocumentLink,
  type SocketOptions,
} from './connection';

export type RoomDocument = {
  name: string;
  document: Y.Doc;
  token: RoomToken;
  /** The document that keeps the socket alive while the room is idle (one per socket is enough). */
  keepAlive?: boolean;
  /** Runs on every change of the document before the listeners hear of it (e.g. to drop a cache). */
  beforeNotify?: () => void;
};

export type RoomConnection = {
  links: DocumentLink[];
  state: () => ConnectionState;
  deniedReason: () => string;
  subscribe: (listener: () => void) => () => void;
  notify: () => void;
  /** Called when the relay says the room is closed. */
  onClosed: (listener: () => void) => void;
  destroy: () => void;
};

export function connectRoom(options: SocketOptions, documents: RoomDocument[]): RoomConnection {
  const changes = listeners();
  const socket = openSocket(options);
  const closedListeners: Array<() => void> = [];
  let isClosed = false;
  const links = documents.map((item) =>
    attachDocument(socket, item.name, item.document, item.token, changes.notify, {
      keepAlive: item.keepAlive ?? false,
    }),
  );
  for (const link of links) {
    link.provider.on('stateless', ({ payload }: { payload: string }) => {
      if (payload !== ROOM_CLOSED) return;
      isClosed = true;
      for (const listener of closedListeners) listener();
      changes.notify();
    });
  }
  const onUpdates = documents.map((item) => () => {
    item.beforeNotify?.();
    changes.notify();
  });
  documents.forEach((item, index) => item.document.on('update', onUpdates[index]!));

  return {
    links,
    state: () => connectionStateOf(socket, links, isClosed),
    deniedReason: () => links.map((link) => link.deniedReason()).find(Boolean) ?? '',
    subscribe: changes.subscribe,
    notify: changes.notify,
    onClosed: (listener) => void closedListeners.push(listener),
    destroy() {
      documents.forEach((item, index) => item.document.off('update', onUpdates[index]!));
      for (const link of links) link.provider.destroy();
      socket.destroy();
    },
  };
}
