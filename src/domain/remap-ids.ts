/**
 * Returns a deep copy of `value` in which every string equal to a key of `idMap` is replaced by
 * its mapped id. Used when a workshop is duplicated or imported as a copy: references between
 * records (action → indicator, evidence → theme…) keep pointing inside the copy.
 */
export function remapIds<T>(value: T, idMap: ReadonlyMap<string, string>): T {
  return remap(value, idMap) as T;
}

function remap(value: unknown, idMap: ReadonlyMap<string, string>): unknown {
  if (typeof value === 'string') return idMap.get(value) ?? value;
  if (Array.isArray(value)) return value.map((item) => remap(item, idMap));
  if (value && typeof value === 'object') {
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) copy[key] = remap(item, idMap);
    return copy;
  }
  return value;
}

/** Collects every `id` field found in the records (nested list entries included). */
export function collectIds(records: readonly unknown[]): string[] {
  const ids: string[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        if (key === 'id' && typeof item === 'string') ids.push(item);
        else visit(item);
      }
    }
  };
  records.forEach(visit);
  return ids;
}
