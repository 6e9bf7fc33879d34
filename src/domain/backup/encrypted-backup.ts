/**
 * Password-protected backups: the ordinary backup JSON encrypted with AES-GCM 256, the key
 * derived from the password with PBKDF2-SHA-256. The envelope is JSON; since version 2 its
 * header is kept as the exact text that was authenticated with the ciphertext (additional
 * authenticated data), so a change to any of its bytes makes decryption fail, while a reader
 * that reorders or adds keys around it does not.
 * Uses only WebCrypto (browsers and Node 20 have it as globalThis.crypto.subtle).
 */
import { parseJsonSafely } from './backup';

export const ENCRYPTED_BACKUP_FORMAT = 'palvelupolku-encrypted-backup';
export const ENCRYPTED_BACKUP_VERSION = 2;
/** OWASP's 2023 recommendation for PBKDF2-HMAC-SHA-256. */
export const PBKDF2_ITERATIONS = 600_000;
/** Files asking for more are refused: they would freeze the tab (and we never write them). */
const MAX_ITERATIONS = 10_000_000;
const SALT_BYTES = 16;
const IV_BYTES = 12;
const TAG_BYTES = 16;

type Header = {
  format: typeof ENCRYPTED_BACKUP_FORMAT;
  version: number;
  kdf: { name: 'PBKDF2'; hash: 'SHA-256'; iterations: number; salt: string };
  cipher: { name: 'AES-GCM'; length: 256; iv: string };
};

/** A checked envelope, ready to decrypt: its header and the exact bytes that were authenticated. */
export type EncryptedEnvelope = Header & { ciphertext: string; authenticated: string };

export type DecryptErrorCode = 'truncated' | 'damaged' | 'newerVersion' | 'wrongPassword';
export type EnvelopeResult =
  { ok: true; envelope: EncryptedEnvelope } | { ok: false; code: DecryptErrorCode };

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

/** Strict: anything but canonical base64 is refused rather than silently skipped. */
export function fromBase64(text: string): Uint8Array | null {
  if (!/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(text)) return null;
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Version 1 authenticated the header as re-serialised here; read-only support for old files. */
function legacyHeaderText({ format, version, kdf, cipher }: Header): string {
  return JSON.stringify({ format, version, kdf, cipher });
}

async function deriveKey(password: string, salt: Uint8Array<ArrayBuffer>, iterations: number) {
  const material = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(password.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

export async function encryptBackup(
  plainText: string,
  password: string,
  iterations = PBKDF2_ITERATIONS,
): Promise<string> {
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const key = await deriveKey(password, salt, iterations);
  const header = JSON.stringify({
    format: ENCRYPTED_BACKUP_FORMAT,
    version: ENCRYPTED_BACKUP_VERSION,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: toBase64(salt) },
    cipher: { name: 'AES-GCM', length: 256, iv: toBase64(iv) },
  } satisfies Header);
  const ciphertext = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: new TextEncoder().encode(header) },
    key,
    new TextEncoder().encode(plainText),
  );
  const envelope = {
    format: ENCRYPTED_BACKUP_FORMAT,
    version: ENCRYPTED_BACKUP_VERSION,
    header,
    ciphertext: toBase64(new Uint8Array(ciphertext)),
  };
  return JSON.stringify(envelope, null, 1);
}

/** Cheap check before parsing: does this file claim to be an encrypted backup? */
export function looksEncrypted(text: string): boolean {
  // Anywhere in the file: a tool may have reordered the keys. Base64 holds no quotes.
  return text.includes(`"${ENCRYPTED_BACKUP_FORMAT}"`);
}

/** Reads and checks the envelope without the password. */
export function readEnvelope(text: string): EnvelopeResult {
  let data: unknown;
  try {
    data = parseJsonSafely(text);
  } catch {
    const trimmed = text.trim();
    return {
      ok: false,
      code: trimmed.startsWith('{') && !trimmed.endsWith('}') ? 'truncated' : 'damaged',
    };
  }
  const outer = data as (Partial<Header> & { header?: unknown; ciphertext?: unknown }) | null;
  if (!outer || typeof outer !== 'object' || outer.format !== ENCRYPTED_BACKUP_FORMAT) {
    return { ok: false, code: 'damaged' };
  }
  if (typeof outer.version === 'number' && outer.version > ENCRYPTED_BACKUP_VERSION) {
    return { ok: false, code: 'newerVersion' };
  }
  // Version 2 keeps the authenticated header as text; version 1 had its fields outside.
  let value: Partial<Header> | null = outer;
  let authenticated = '';
  if (outer.version === 2) {
    if (typeof outer.header !== 'string') return { ok: false, code: 'damaged' };
    authenticated = outer.header;
    try {
      value = parseJsonSafely(authenticated) as Partial<Header> | null;
    } catch {
      return { ok: false, code: 'damaged' };
    }
    if (!value || typeof value !== 'object' || value.version !== 2) {
      return { ok: false, code: 'damaged' };
    }
  } else if (outer.version !== 1) {
    return { ok: false, code: 'damaged' };
  }
  const { kdf, cipher } = value;
  const { ciphertext } = outer;
  const isValid =
    value.format === ENCRYPTED_BACKUP_FORMAT &&
    kdf?.name === 'PBKDF2' &&
    kdf.hash === 'SHA-256' &&
    Number.isInteger(kdf.iterations) &&
    kdf.iterations >= PBKDF2_ITERATIONS &&
    kdf.iterations <= MAX_ITERATIONS &&
    fromBase64(kdf.salt)?.length === SALT_BYTES &&
    cipher?.name === 'AES-GCM' &&
    cipher.length === 256 &&
    fromBase64(cipher.iv)?.length === IV_BYTES &&
    typeof ciphertext === 'string' &&
    (fromBase64(ciphertext)?.length ?? 0) >= TAG_BYTES;
  if (!isValid) return { ok: false, code: 'damaged' };
  const header = value as Header;
  return {
    ok: true,
    envelope: {
      ...header,
      ciphertext,
      authenticated: authenticated || legacyHeaderText(header),
    },
  };
}

/**
 * Decrypts an envelope. AES-GCM cannot tell a wrong password from a changed byte: both fail
 * authentication, and nothing of the content is returned.
 */
export async function decryptEnvelope(
  envelope: EncryptedEnvelope,
  password: string,
): Promise<{ ok: true; text: string } | { ok: false; code: DecryptErrorCode }> {
  const salt = fromBase64(envelope.kdf.salt);
  const iv = fromBase64(envelope.cipher.iv);
  const data = fromBase64(envelope.ciphertext);
  if (!salt || !iv || !data) return { ok: false, code: 'damaged' };
  let key: CryptoKey;
  try {
    key = await deriveKey(password, salt as Uint8Array<ArrayBuffer>, envelope.kdf.iterations);
  } catch {
    // The browser refused the parameters: the file, not the password, is at fault.
    return { ok: false, code: 'damaged' };
  }
  try {
    const plain = await crypto.subtle.decrypt(
      {
        name: 'AES-GCM',
        iv: iv as Uint8Array<ArrayBuffer>,
        additionalData: new TextEncoder().encode(envelope.authenticated),
      },
      key,
      data as Uint8Array<ArrayBuffer>,
    );
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(plain) };
  } catch {
    return { ok: false, code: 'wrongPassword' };
  }
}

/** readEnvelope and decryptEnvelope in one go. */
export async function decryptBackup(
  text: string,
  password: string,
): Promise<{ ok: true; text: string } | { ok: false; code: DecryptErrorCode }> {
  const read = readEnvelope(text);
  if (!read.ok) return read;
  return decryptEnvelope(read.envelope, password);
}
