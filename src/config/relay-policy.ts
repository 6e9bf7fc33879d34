/**
 * Which relays the app may talk to: the local relay on this computer (loopback, any port, since
 * `npm run relay` takes a port) and one relay fixed at build time for a hosted deployment
 * (`VITE_LIVE_RELAY`). The Content-Security-Policy's `connect-src` is built from the same rule
 * (vite.config.ts), so a relay the settings accept is one the browser lets through, and no other.
 */
const LOOPBACK_HOSTS = ['127.0.0.1', 'localhost'];

/** The relay's http(s) origin, from what a person typed ("192.0.2.20:1234", "wss://…/"). */
export function relayOrigin(typed: string): string | null {
  const trimmed = typed.trim();
  if (!trimmed) return null;
  const withScheme = /^[a-z]+:\/\//i.test(trimmed) ? trimmed : `http://${trimmed}`;
  try {
    const url = new URL(withScheme.replace(/^ws(s?):/i, 'http$1:'));
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    return url.origin;
  } catch {
    return null;
  }
}

/** The websocket address of a relay origin. */
export function relaySocketUrl(origin: string): string {
  return origin.replace(/^http/, 'ws');
}

/** Whether the policy lets the app reach this relay origin. */
export function isRelayAllowed(origin: string, builtIn: string): boolean {
  const url = new URL(origin);
  if (LOOPBACK_HOSTS.includes(url.hostname) && url.protocol === 'http:') return true;
  const fixed = builtIn ? relayOrigin(builtIn) : null;
  return fixed !== null && fixed === url.origin;
}

/** `connect-src` sources for the relays: http and ws of the local relay and the built-in one. */
export function relayConnectSources(builtIn: string): string[] {
  const sources = LOOPBACK_HOSTS.flatMap((host) => [`http://${host}:*`, `ws://${host}:*`]);
  const fixed = builtIn ? relayOrigin(builtIn) : null;
  if (fixed) sources.push(fixed, relaySocketUrl(fixed));
  return sources;
}
