/**
 * Under jsdom, Node's `structuredClone` (which fake-indexeddb stores and reads rows with) makes
 * typed arrays of Node's realm, while the code under test sees jsdom's `Uint8Array`. Dexie keeps
 * only its own realm's binary types as they are and copies anything else field by field, so a
 * Yjs update read back (y-dexie) would arrive as a plain object. A browser has one realm: here
 * the clone's typed arrays are brought into this one. Imported before fake-indexeddb.
 */
type TypedArrayConstructor = new (source: ArrayLike<number> | ArrayLike<bigint>) => unknown;

const nodeClone = globalThis.structuredClone;

function intoThisRealm(value: unknown, seen: WeakSet<object>): unknown {
  if (!value || typeof value !== 'object' || seen.has(value)) return value;
  seen.add(value);
  if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
    const name = value.constructor.name as keyof typeof globalThis;
    const Local = globalThis[name] as TypedArrayConstructor | undefined;
    return Local && value.constructor !== Local
      ? new Local(value as unknown as ArrayLike<number>)
      : value;
  }
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) record[key] = intoThisRealm(record[key], seen);
  return value;
}

globalThis.structuredClone = (value: unknown, options?: StructuredSerializeOptions) =>
  intoThisRealm(nodeClone(value, options), new WeakSet());
