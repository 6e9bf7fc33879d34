import { describe, expect, it } from 'vitest';
import { createBackup, parseBackup } from '../../src/domain/backup/backup';
import {
  decryptBackup,
  looksEncrypted,
  PBKDF2_ITERATIONS,
  readEnvelope,
  encryptBackup,
} from '../../src/domain/backup/encrypted-backup';
import { buildSampleWorkshop } from '../../src/domain/sample/sample-workshop';

const PASSWORD = 'Sauna-ilta 2026 åäö';

function sampleBackupText() {
  const content = buildSampleWorkshop(
    'en',
    () => crypto.randomUUID(),
    new Date('2026-03-01T10:00:00.000Z'),
  );
  return createBackup([content], '2026-03-02T08:00:00.000Z');
}

type Header = {
  format: string;
  version: number;
  kdf: { salt: string; iterations: number };
  cipher: { iv: string };
};

/** The envelope and its authenticated header, parsed. */
function open(file: string) {
  const envelope = JSON.parse(file) as { header: string; ciphertext: string; version: number };
  return { envelope, header: JSON.parse(envelope.header) as Header };
}

/** The file with its header changed (and so no longer the text that was authenticated). */
function withHeader(file: string, change: (header: Header) => Header): string {
  const { envelope, header } = open(file);
  return JSON.stringify({ ...envelope, header: JSON.stringify(change(header)) });
}

describe('encrypted backups', () => {
  it('round-trips a backup with the right password, and the file reveals none of the content', async () => {
    const plain = sampleBackupText();
    const file = await encryptBackup(plain, PASSWORD);
    const envelope = open(file).header as unknown as Record<string, Record<string, unknown>>;
    expect(envelope.format).toBe('palvelupolku-encrypted-backup');
    expect(envelope.kdf).toMatchObject({ name: 'PBKDF2', hash: 'SHA-256', iterations: 600_000 });
    expect(PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    expect(atob(envelope.kdf!.salt as string)).toHaveLength(16);
    expect(envelope.cipher).toMatchObject({ name: 'AES-GCM', length: 256 });
    expect(atob(envelope.cipher!.iv as string)).toHaveLength(12);
    expect(file).not.toContain('Lakeheart');
    expect(looksEncrypted(file)).toBe(true);
    expect(looksEncrypted(plain)).toBe(false);

    const result = await decryptBackup(file, PASSWORD);
    expect(result).toEqual({ ok: true, text: plain });
    const parsed = parseBackup(result.ok ? result.text : '');
    expect(parsed.ok && parsed.workshops[0]?.workshop.organisation).toMatch(/Lakeheart/);
  });

  it('uses a fresh salt and IV every time', async () => {
    const [a, b] = await Promise.all([
      encryptBackup('{}', PASSWORD),
      encryptBackup('{}', PASSWORD),
    ]);
    const [ea, eb] = [a, b].map((file) => open(file).header);
    expect(ea!.kdf.salt).not.toBe(eb!.kdf.salt);
    expect(ea!.cipher.iv).not.toBe(eb!.cipher.iv);
  });

  it('refuses a wrong password and returns no content', async () => {
    const file = await encryptBackup(sampleBackupText(), PASSWORD);
    expect(await decryptBackup(file, 'Sauna-ilta 2026 aao')).toEqual({
      ok: false,
      code: 'wrongPassword',
    });
    expect(await decryptBackup(file, '')).toEqual({ ok: false, code: 'wrongPassword' });
  });

  it('refuses a file with one changed byte, wherever it is', async () => {
    const original = '{"a":1}';
    const file = await encryptBackup(original, PASSWORD);
    const { envelope } = open(file);
    // One bit flipped inside the ciphertext, still valid base64.
    const bytes = Uint8Array.from(atob(envelope.ciphertext), (c) => c.charCodeAt(0));
    bytes[3] = bytes[3]! ^ 0x01;
    const flipped = JSON.stringify({
      ...envelope,
      ciphertext: btoa(String.fromCharCode(...bytes)),
    });
    expect(await decryptBackup(flipped, PASSWORD)).toEqual({ ok: false, code: 'wrongPassword' });

    // The same for the IV and for the salt.
    const changedIv = withHeader(file, (header) => {
      const iv = Uint8Array.from(atob(header.cipher.iv), (c) => c.charCodeAt(0));
      iv[0] = iv[0]! ^ 0x80;
      return { ...header, cipher: { ...header.cipher, iv: btoa(String.fromCharCode(...iv)) } };
    });
    expect(await decryptBackup(changedIv, PASSWORD)).toEqual({ ok: false, code: 'wrongPassword' });

    // And a raw byte change in the file text: never altered content. In the header and inside
    // the ciphertext it is refused. Near the end it may hit the bits base64 leaves unused in its
    // last character (an "A" made a "B" before "="): those decode to the very same bytes, so
    // the file is intact, and it must then give back exactly what was encrypted.
    const changeAt = (position: number) => {
      const code = file.charCodeAt(position);
      return (
        file.slice(0, position) +
        String.fromCharCode(code === 65 ? 66 : 65) +
        file.slice(position + 1)
      );
    };
    for (const position of [30, Math.floor(file.length / 2)])
      expect((await decryptBackup(changeAt(position), PASSWORD)).ok).toBe(false);
    const nearEnd = await decryptBackup(changeAt(file.length - 5), PASSWORD);
    if (nearEnd.ok) expect(nearEnd.text).toBe(original);
  });

  it('recognises a truncated file', async () => {
    const file = await encryptBackup(sampleBackupText(), PASSWORD);
    expect(readEnvelope(file.slice(0, Math.floor(file.length * 0.6)))).toEqual({
      ok: false,
      code: 'truncated',
    });
    expect(await decryptBackup(file.slice(0, -3), PASSWORD)).toEqual({
      ok: false,
      code: 'truncated',
    });
  });

  it('refuses files asking for too few iterations or from a newer version', async () => {
    const file = await encryptBackup('{}', PASSWORD);
    const fewer = withHeader(file, (header) => ({
      ...header,
      kdf: { ...header.kdf, iterations: 1000 },
    }));
    expect(readEnvelope(fewer)).toEqual({ ok: false, code: 'damaged' });
    expect(readEnvelope(JSON.stringify({ ...open(file).envelope, version: 3 }))).toEqual({
      ok: false,
      code: 'newerVersion',
    });
  });

  it('opens a file whose reader reordered the envelope’s keys or added some', async () => {
    const file = await encryptBackup('{"a":1}', PASSWORD);
    const { envelope } = open(file);
    const reordered = JSON.stringify(
      {
        note: 'copied by a sync tool',
        ciphertext: envelope.ciphertext,
        header: envelope.header,
        version: 2,
        format: 'palvelupolku-encrypted-backup',
      },
      null,
      4,
    );
    expect(await decryptBackup(reordered, PASSWORD)).toEqual({ ok: true, text: '{"a":1}' });
  });

  it('still opens a version-1 file, which authenticated the re-serialised header', async () => {
    const salt = crypto.getRandomValues(new Uint8Array(16));
    const iv = crypto.getRandomValues(new Uint8Array(12));
    const material = await crypto.subtle.importKey(
      'raw',
      new TextEncoder().encode(PASSWORD),
      'PBKDF2',
      false,
      ['deriveKey'],
    );
    const key = await crypto.subtle.deriveKey(
      { name: 'PBKDF2', hash: 'SHA-256', salt, iterations: PBKDF2_ITERATIONS },
      material,
      { name: 'AES-GCM', length: 256 },
      false,
      ['encrypt'],
    );
    const b64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
    const head = {
      format: 'palvelupolku-encrypted-backup',
      version: 1,
      kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: PBKDF2_ITERATIONS, salt: b64(salt) },
      cipher: { name: 'AES-GCM', length: 256, iv: b64(iv) },
    };
    const ciphertext = await crypto.subtle.encrypt(
      { name: 'AES-GCM', iv, additionalData: new TextEncoder().encode(JSON.stringify(head)) },
      key,
      new TextEncoder().encode('{"old":true}'),
    );
    const file = JSON.stringify({ ...head, ciphertext: b64(new Uint8Array(ciphertext)) });
    expect(await decryptBackup(file, PASSWORD)).toEqual({ ok: true, text: '{"old":true}' });
  });
});
