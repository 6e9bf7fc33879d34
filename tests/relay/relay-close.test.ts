// @vitest-environment node
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { roomDocumentName } from '../../src/domain/live-room/documents';
import {
  connected,
  connectedRoom,
  phone,
  RELAY_PORTS,
  relayForFile,
  tryOpen,
  waitFor,
} from './helpers';

const testRelay = relayForFile(RELAY_PORTS.close);

function storedRows(code: string): { name: string; data: Buffer }[] {
  const db = new Database(join(testRelay().dataDir, 'relay.sqlite'), { readonly: true });
  try {
    return db
      .prepare<[string], { name: string; data: Buffer }>(
        'SELECT name, data FROM documents WHERE room = ?',
      )
      .all(code);
  } finally {
    db.close();
  }
}

describe('closing a live room', () => {
  it('deletes the relay’s copy of every document, tells the phones, and refuses the room afterwards', async () => {
    const relay = testRelay();
    const { host } = await connectedRoom(relay.url);
    const evidence = host.addActivity({
      kind: 'evidence',
      touchpoints: [{ id: 't1', name: 'Kassa' }],
    });
    host.openActivity(evidence.id);
    const anna = phone(relay.url, host.credentials);
    await waitFor(() => connected(anna) && anna.currentActivity(), 5_000, 'Anna');
    const secretText = 'Asiakas Virtanen valitti jonosta';
    expect(
      anna.addEvidence(evidence.id, { text: secretText, tone: 'complaint', touchpointId: 't1' }).ok,
    ).toBe(true);
    await waitFor(() => host.entries(evidence.id).length === 1, 5_000, 'evidence');
    const results = host.reveal(evidence.id);
    expect(results.kind === 'evidence' && results.byTone.complaint).toBe(1);
    // The published counts carry no text of the evidence.
    expect(JSON.stringify(results)).not.toContain('Virtanen');
    await waitFor(() => storedRows(host.credentials.code).length >= 4, 5_000, 'stored');
    expect(
      storedRows(host.credentials.code).some((row) => row.data.includes(Buffer.from('Virtanen'))),
    ).toBe(true);

    await host.close();
    await waitFor(() => anna.state() === 'closed', 5_000, 'Anna told');
    expect(host.state()).toBe('closed');
    const rows = storedRows(host.credentials.code);
    expect(rows.map((row) => row.name)).toEqual([roomDocumentName(host.credentials.code, 'relay')]);
    expect(rows[0]?.data.includes(Buffer.from(host.credentials.joinKey))).toBe(false);
    expect(rows[0]?.data.includes(Buffer.from('Virtanen'))).toBe(false);
    // The facilitator keeps everything in their own documents.
    expect(
      host.entries(evidence.id)[0]?.kind === 'evidence' && host.entries(evidence.id)[0],
    ).toMatchObject({ text: secretText });

    const { code, joinKey, secret } = host.credentials;
    expect(
      await tryOpen(relay.url, roomDocumentName(code, 'public'), { role: 'participant', joinKey }),
    ).toBe('room-closed');
    expect(
      await tryOpen(relay.url, roomDocumentName(code, 'public'), {
        role: 'facilitator',
        secret,
        joinKey,
      }),
    ).toBe('room-closed');
    const lookup = await fetch(`http://127.0.0.1:${relay.port}/api/rooms/${code}`);
    expect(lookup.status).toBe(410);
  });

  it('finds an open room by its typed code, and nothing for a code that is not in use', async () => {
    const relay = testRelay();
    const { host } = await connectedRoom(relay.url);
    const typed = `${host.credentials.code.slice(0, 3).toLowerCase()} ${host.credentials.code.slice(3)}`;
    const found = await fetch(
      `http://127.0.0.1:${relay.port}/api/rooms/${encodeURIComponent(typed)}`,
    );
    expect(await found.json()).toEqual({
      code: host.credentials.code,
      joinKey: host.credentials.joinKey,
    });
    const missing = await fetch(`http://127.0.0.1:${relay.port}/api/rooms/ZZZZZZ`);
    expect(missing.status).toBe(404);
  });
});
