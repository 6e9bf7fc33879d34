/** The IndexedDB database's name; no Dexie here, so the first load can ask about it. */
export const DATABASE_NAME = 'palvelupolku';

/**
 * The database as the browser lists it now, without opening a connection: its entry, null when
 * there is none, undefined when the browser cannot say.
 */
export async function listedDatabase(): Promise<IDBDatabaseInfo | null | undefined> {
  try {
    if (typeof indexedDB === 'undefined' || !indexedDB.databases) return undefined;
    const databases = await indexedDB.databases();
    return databases.find((database) => database.name === DATABASE_NAME) ?? null;
  } catch {
    return undefined;
  }
}

async function askBrowser(): Promise<boolean | null> {
  const listed = await listedDatabase();
  return listed === undefined ? null : listed !== null;
}

let answer: Promise<boolean | null> | undefined;
let known: boolean | null | undefined;

/**
 * Whether the database existed when the app started, from the browser's list of databases (no
 * connection opened, no upgrade started); null when the browser cannot say. Asked once: src/main.tsx
 * asks before React renders, so the answer is usually there for the first render.
 */
export function hasDatabaseAtStart(): Promise<boolean | null> {
  answer ??= askBrowser().then((exists) => (known = exists));
  return answer;
}

/** The answer if it has arrived; undefined while the browser is still asked. */
export const knownHasDatabaseAtStart = (): boolean | null | undefined => known;
