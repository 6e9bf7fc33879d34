/**
 * The facilitator's room-mode PIN is kept only as a salted PBKDF2-SHA-256 hash (WebCrypto), so
 * reading the database does not give the PIN away at a glance. A 4–6 digit PIN cannot resist a
 * determined attacker with the device; it keeps participants out of other screens.
 */
const ITERATIONS = 100_000;

const toHex = (bytes: Uint8Array) =>
  Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');

function fromHex(hex: string): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(hex.length / 2);
  for (let i = 0; i < bytes.length; i += 1) bytes[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}

export function newPinSalt(): string {
  return toHex(crypto.getRandomValues(new Uint8Array(16)));
}

export async function hashPin(pin: string, saltHex: string): Promise<string> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, [
    'deriveBits',
  ]);
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: fromHex(saltHex), iterations: ITERATIONS },
    key,
    256,
  );
  return toHex(new Uint8Array(bits));
}

/** Compares without stopping at the first differing character. */
export async function isPinCorrect(
  pin: string,
  saltHex: string,
  hashHex: string,
): Promise<boolean> {
  const candidate = await hashPin(pin, saltHex);
  let difference = candidate.length ^ hashHex.length;
  for (let i = 0; i < candidate.length; i += 1)
    difference |= candidate.charCodeAt(i) ^ (hashHex.charCodeAt(i) || 0);
  return difference === 0;
}
