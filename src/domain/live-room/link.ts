/**
 * The join link in the QR code. Everything rides in the fragment (#…), which browsers never send
 * to a server, so the join key stays out of access logs and referrers.
 */
import type { Language } from '../types';
import { isKey, isRoomCode } from './codes';

export type JoinLink = {
  code: string;
  joinKey: string;
  /** ws:// or wss:// address of the relay; absent when the page's own origin is the relay. */
  relay?: string;
  language?: Language;
};

/** `pageUrl` is the participant page, e.g. http://192.0.2.20:1234/ */
export function buildJoinLink(pageUrl: string, link: JoinLink): string {
  const params = new URLSearchParams({ room: link.code, key: link.joinKey });
  if (link.relay) params.set('relay', link.relay);
  if (link.language) params.set('lang', link.language);
  return `${pageUrl.replace(/#.*$/, '')}#${params.toString()}`;
}

function isRelayAddress(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'ws:' || url.protocol === 'wss:') && !url.username && !url.password;
  } catch {
    return false;
  }
}

/** The link's parts from a location hash, or null when it carries no valid room and key. */
export function parseJoinLink(hash: string): JoinLink | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const code = (params.get('room') ?? '').toUpperCase();
  const joinKey = params.get('key') ?? '';
  if (!isRoomCode(code) || !isKey(joinKey)) return null;
  const relay = params.get('relay') ?? '';
  const lang = params.get('lang');
  return {
    code,
    joinKey,
    ...(relay && isRelayAddress(relay) ? { relay } : {}),
    ...(lang === 'fi' || lang === 'en' ? { language: lang } : {}),
  };
}

/** The relay's websocket address for a page served by the relay itself. */
export function relayAddressOf(pageOrigin: string): string {
  return pageOrigin.replace(/^http/, 'ws');
}
