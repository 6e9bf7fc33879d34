/**
 * Room codes and keys. Made with crypto.getRandomValues, because the participant page runs over
 * plain http from a LAN address, where crypto.randomUUID and SubtleCrypto are missing.
 */

/** Letters and digits that cannot be mistaken for each other when read off a projector. */
export const ROOM_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const ROOM_CODE_LENGTH = 6;

const ROOM_CODE_PATTERN = new RegExp(`^[${ROOM_CODE_ALPHABET}]{${ROOM_CODE_LENGTH}}$`);
/** A key of 128 random bits in base64url: 22 characters. */
const KEY_PATTERN = /^[A-Za-z0-9_-]{22}$/;
/** The facilitator's secret: 256 random bits in base64url, 43 characters. */
const SECRET_PATTERN = /^[A-Za-z0-9_-]{43}$/;
const HEX_ID_PATTERN = /^[0-9a-f]{32}$/;

function randomBytes(count: number): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(count));
}

/** Six characters of the alphabet, without modulo bias (bytes past the last full cycle are redrawn). */
export function newRoomCode(): string {
  const limit = 256 - (256 % ROOM_CODE_ALPHABET.length);
  let code = '';
  while (code.length < ROOM_CODE_LENGTH) {
    for (const byte of randomBytes(16)) {
      if (byte < limit && code.length < ROOM_CODE_LENGTH) {
        code += ROOM_CODE_ALPHABET[byte % ROOM_CODE_ALPHABET.length];
      }
    }
  }
  return code;
}

export function isRoomCode(value: unknown): value is string {
  return typeof value === 'string' && ROOM_CODE_PATTERN.test(value);
}

/** What a person typed ("abc 234", "ABC-234") as a room code, or null when it cannot be one. */
export function normaliseRoomCode(typed: string): string | null {
  const code = typed.toUpperCase().replace(/[\s-]/g, '');
  return isRoomCode(code) ? code : null;
}

function base64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The join key of a room (in the QR link) or a participant's inbox key: 128 random bits. */
export function newKey(): string {
  return base64Url(randomBytes(16));
}

export function isKey(value: unknown): value is string {
  return typeof value === 'string' && KEY_PATTERN.test(value);
}

/** The facilitator's secret for one room: 256 random bits, never in a link. */
export function newSecret(): string {
  return base64Url(randomBytes(32));
}

export function isSecret(value: unknown): value is string {
  return typeof value === 'string' && SECRET_PATTERN.test(value);
}

/** A public id of 128 random bits as 32 hex digits: inbox ids. */
export function newHexId(): string {
  return Array.from(randomBytes(16), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export function isHexId(value: unknown): value is string {
  return typeof value === 'string' && HEX_ID_PATTERN.test(value);
}

/** A version-4 UUID from getRandomValues: entry ids, which become record ids at the reveal. */
export function newEntryId(): string {
  const bytes = randomBytes(16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

export function isEntryId(value: unknown): value is string {
  return typeof value === 'string' && UUID_PATTERN.test(value);
}
