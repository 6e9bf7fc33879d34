import { describe, expect, it } from 'vitest';
import {
  isRelayAllowed,
  relayConnectSources,
  relayOrigin,
  relaySocketUrl,
} from '../../src/config/relay-policy';

describe('the relays the app may reach', () => {
  it('reads what a person types as a relay origin', () => {
    expect(relayOrigin('127.0.0.1:1234')).toBe('http://127.0.0.1:1234');
    expect(relayOrigin(' ws://localhost:4521/ ')).toBe('http://localhost:4521');
    expect(relayOrigin('wss://relay.example.fi/path')).toBe('https://relay.example.fi');
    expect(relayOrigin('')).toBeNull();
    expect(relayOrigin('ftp://relay.example.fi')).toBeNull();
    expect(relayOrigin('<b>relay</b>')).toBeNull();
    expect(relaySocketUrl('https://relay.example.fi')).toBe('wss://relay.example.fi');
  });

  it('admits the local relay on any port and the one fixed at build time, nothing else', () => {
    expect(isRelayAllowed('http://127.0.0.1:1234', '')).toBe(true);
    expect(isRelayAllowed('http://localhost:9999', '')).toBe(true);
    // A LAN address from the documentation range (RFC 5737): only checked, never connected to.
    expect(isRelayAllowed('http://192.0.2.20:1234', '')).toBe(false);
    expect(isRelayAllowed('https://relay.example.fi', '')).toBe(false);
    expect(isRelayAllowed('https://relay.example.fi', 'wss://relay.example.fi')).toBe(true);
    expect(isRelayAllowed('https://other.example.fi', 'wss://relay.example.fi')).toBe(false);
  });

  it('gives the Content-Security-Policy the same relays, as http and websocket sources', () => {
    expect(relayConnectSources('')).toEqual([
      'http://127.0.0.1:*',
      'ws://127.0.0.1:*',
      'http://localhost:*',
      'ws://localhost:*',
    ]);
    expect(relayConnectSources('https://relay.example.fi')).toContain('wss://relay.example.fi');
  });
});
