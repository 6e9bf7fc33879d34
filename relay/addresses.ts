/** The addresses phones on the room's network can use: this machine's non-internal IPv4 addresses. */
import { networkInterfaces } from 'node:os';

export function lanAddresses(): string[] {
  const found: string[] = [];
  for (const entries of Object.values(networkInterfaces())) {
    for (const entry of entries ?? []) {
      if (entry.family === 'IPv4' && !entry.internal) found.push(entry.address);
    }
  }
  return found;
}

/** http:// pages and ws:// relays for a relay bound to `host`:`port`. */
export function relayAddresses(
  host: string,
  port: number,
  publicUrl: string,
): { pages: string[]; relays: string[] } {
  if (publicUrl) {
    const page = publicUrl.replace(/\/?$/, '/');
    return { pages: [page], relays: [page.replace(/^http/, 'ws').replace(/\/$/, '')] };
  }
  const wildcard = host === '0.0.0.0' || host === '::' || host === '';
  const hosts = wildcard
    ? [...lanAddresses(), 'localhost']
    : [host.includes(':') ? `[${host}]` : host];
  return {
    pages: hosts.map((name) => `http://${name}:${port}/`),
    relays: hosts.map((name) => `ws://${name}:${port}`),
  };
}
