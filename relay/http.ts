/**
 * Plain http for phones: the participant page and its assets (same origin as the websocket, so
 * phones need nothing but the laptop), the room-code lookup, the addresses and a health check.
 */
import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { normaliseRoomCode } from '../src/domain/live-room/codes';
import type { RoomHub } from './hub';
import { readRegistry } from './registry';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
};

export type HttpDeps = {
  pageDir: string;
  hub: RoomHub;
  addresses: () => { pages: string[]; relays: string[] };
  stats: () => Record<string, number>;
};

function send(
  response: ServerResponse,
  status: number,
  body: string | Buffer,
  headers: Record<string, string>,
): void {
  response.writeHead(status, {
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    ...headers,
  });
  response.end(body);
}

function json(response: ServerResponse, status: number, value: unknown): void {
  send(response, status, JSON.stringify(value), {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    // The facilitator's app (another origin) asks for the addresses to put in the QR code.
    'Access-Control-Allow-Origin': '*',
  });
}

/** Only this relay's websocket (by the Host the phone used) may be reached from the page. */
function pageSecurityHeaders(request: IncomingMessage): Record<string, string> {
  const host = (request.headers.host ?? '').replace(/[^A-Za-z0-9.:[\]-]/g, '');
  return {
    'Content-Security-Policy': [
      "default-src 'self'",
      "img-src 'self' data:",
      `connect-src 'self' ws://${host} wss://${host}`,
      "base-uri 'none'",
      "form-action 'none'",
      "frame-ancestors 'none'",
      "object-src 'none'",
    ].join('; '),
    'X-Frame-Options': 'DENY',
  };
}

/** A sliding minute per address for the room-code lookup, so codes cannot be guessed in bulk. */
function lookupLimiter(perMinute: number) {
  const seen = new Map<string, { count: number; resetAt: number }>();
  return (address: string): boolean => {
    const now = Date.now();
    const entry = seen.get(address);
    if (!entry || entry.resetAt <= now) {
      if (seen.size > 10_000) seen.clear();
      seen.set(address, { count: 1, resetAt: now + 60_000 });
      return true;
    }
    entry.count += 1;
    return entry.count <= perMinute;
  };
}

export function createHttpHandler(deps: HttpDeps) {
  const allowLookup = lookupLimiter(30);

  async function lookup(code: string, response: ServerResponse, address: string): Promise<void> {
    if (!allowLookup(address)) return json(response, 429, { error: 'too-many-requests' });
    const normal = normaliseRoomCode(code);
    if (!normal) return json(response, 404, { error: 'room-not-found' });
    const room = await deps.hub.acquire(normal);
    try {
      const registry = readRegistry(room.registry);
      if (!registry.exists) return json(response, 404, { error: 'room-not-found' });
      if (registry.status === 'closed') return json(response, 410, { error: 'room-closed' });
      return json(response, 200, { code: normal, joinKey: registry.joinKey });
    } finally {
      deps.hub.release(normal);
    }
  }

  async function file(
    pathname: string,
    request: IncomingMessage,
    response: ServerResponse,
  ): Promise<void> {
    const relative = pathname === '/' ? 'index.html' : decodeURIComponent(pathname.slice(1));
    const path = normalize(join(deps.pageDir, relative));
    if (!path.startsWith(normalize(deps.pageDir) + sep))
      return send(response, 404, 'Not found', {});
    const info = await stat(path).catch(() => null);
    if (!info?.isFile()) {
      if (relative === 'index.html') {
        return send(
          response,
          503,
          'The participant page is not built yet: start the relay with "npm run relay".',
          {
            'Content-Type': 'text/plain; charset=utf-8',
          },
        );
      }
      return send(response, 404, 'Not found', { 'Content-Type': 'text/plain; charset=utf-8' });
    }
    const isHtml = extname(path) === '.html';
    send(response, 200, await readFile(path), {
      'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream',
      // Hashed assets never change; the page itself must always be fresh.
      'Cache-Control': isHtml ? 'no-cache' : 'public, max-age=31536000, immutable',
      ...(isHtml ? pageSecurityHeaders(request) : {}),
    });
  }

  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    try {
      const url = new URL(request.url ?? '/', 'http://relay');
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        return send(response, 405, 'Method not allowed', { Allow: 'GET, HEAD' });
      }
      if (url.pathname === '/api/health') return json(response, 200, { ok: true, ...deps.stats() });
      if (url.pathname === '/api/addresses') return json(response, 200, deps.addresses());
      const room = /^\/api\/rooms\/([^/]{1,20})$/.exec(url.pathname);
      if (room)
        return await lookup(
          decodeURIComponent(room[1] ?? ''),
          response,
          request.socket.remoteAddress ?? '',
        );
      if (url.pathname.startsWith('/api/')) return json(response, 404, { error: 'not-found' });
      return await file(url.pathname, request, response);
    } catch (error) {
      console.error('relay: request failed:', (error as Error).message);
      if (!response.headersSent) send(response, 500, 'Internal error', {});
    }
  };
}
