import { hasConnectionMovedOn } from './connection-events';
import { db } from './database';
import { toStorageError, type StorageErrorCode } from './errors';
import { confirmJournaledEdit, journalPendingEdits, type JournalTarget } from './save-journal';
import { saveStatusStore } from './save-status';

/**
 * Debounced saves keyed by what they write (e.g. "workshop:<id>:targetStatement"): typing
 * schedules, the latest value wins, and everything pending is flushed when the tab is hidden
 * or closed. A failed save stays queued, with its journal entry, so the edit is not lost; the
 * header says "Not saved" until it is written, and the next flush retries it.
 */
type Job = {
  run: () => Promise<void>;
  timer?: ReturnType<typeof setTimeout>;
  hasRetried?: boolean;
  /** Where the value goes, so it can be journaled synchronously if the tab closes. */
  journal?: { target: JournalTarget; value: unknown };
};

const jobs = new Map<string, Job>();
/** Saves whose last attempt failed, until one of theirs is written. */
const failed = new Map<string, StorageErrorCode>();
let running = 0;
/** Saves being written now, so a flush also waits for one its timer had already started. */
const inFlight = new Set<Promise<void>>();
const DEFAULT_DELAY_MS = 400;

function updateStatus() {
  const store = saveStatusStore.getState();
  const lastFailure = [...failed.values()].at(-1);
  if (lastFailure) store.set('failed', lastFailure);
  else if (jobs.size > 0 || running > 0) store.set('saving');
  else store.set('saved');
}

const journalOf = (list: Iterable<Job>) =>
  [...list].flatMap((job) => (job.journal ? [job.journal] : []));

function startJob(key: string): Promise<void> {
  const run = runJob(key);
  inFlight.add(run);
  const settle = () => inFlight.delete(run);
  void run.then(settle, settle);
  return run;
}

async function runJob(key: string): Promise<void> {
  const job = jobs.get(key);
  if (!job) return;
  clearTimeout(job.timer);
  jobs.delete(key);
  running += 1;
  try {
    await job.run();
    running -= 1;
    failed.delete(key);
    // Written: its safety copy can go (unless a newer value of the field is journaled).
    if (job.journal) confirmJournaledEdit(job.journal);
    updateStatus();
  } catch (error) {
    running -= 1;
    const code = toStorageError(error).code;
    // The browser may have dropped the connection; reopen once and retry before giving up.
    if (code === 'databaseClosed' && !job.hasRetried && !hasConnectionMovedOn()) {
      try {
        await db.open();
        if (!jobs.has(key)) {
          jobs.set(key, { run: job.run, journal: job.journal, hasRetried: true });
          return await runJob(key);
        }
        return;
      } catch {
        // Falls through to keeping the edit and reporting it.
      }
    }
    // Keep the edit, and its safety copy, unless a newer one for the same key arrived meanwhile.
    if (!jobs.has(key)) {
      jobs.set(key, { run: job.run, journal: job.journal });
      if (job.journal) journalPendingEdits([job.journal]);
    }
    failed.set(key, code);
    updateStatus();
  }
}

export function scheduleSave(
  key: string,
  run: () => Promise<void>,
  delayMs = DEFAULT_DELAY_MS,
  journal?: Job['journal'],
) {
  const previous = jobs.get(key);
  if (previous) clearTimeout(previous.timer);
  const job: Job = { run, journal };
  job.timer = setTimeout(() => void startJob(key), delayMs);
  jobs.set(key, job);
  updateStatus();
}

export function hasPendingSave(key: string): boolean {
  return jobs.has(key);
}

export function pendingSaveCount(): number {
  return jobs.size + running;
}

/** Whether any edit is not yet written: waiting, being written, or failed. */
export function hasUnsavedEdits(): boolean {
  return pendingSaveCount() > 0 || failed.size > 0;
}

/** Runs every pending save now (tab hidden or closing, before an app update, on retry). */
export async function flushSaves(): Promise<void> {
  // A save already being written counts too: without waiting for it, an update clicked while
  // the autosave was writing reported unsaved changes (seen in the app-update test).
  await Promise.all([...[...jobs.keys()].map(startJob), ...inFlight]);
}

let listening = false;

export function flushSavesWhenLeaving(): void {
  if (listening) return;
  listening = true;
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') {
      journalPendingEdits(journalOf(jobs.values()));
      void flushSaves();
    }
  });
  window.addEventListener('pagehide', () => {
    // Written synchronously first: the IndexedDB writes below may be cut off by the closing tab.
    journalPendingEdits(journalOf(jobs.values()));
    void flushSaves();
  });
  // The browser asks "Leave site?" while anything typed is not yet written.
  window.addEventListener('beforeunload', (event) => {
    if (!hasUnsavedEdits()) return;
    journalPendingEdits(journalOf(jobs.values()));
    void flushSaves();
    event.preventDefault();
  });
}

/**
 * Runs an app update only once every pending save has been written: a save that still fails
 * keeps the page (and the edit in memory) instead of reloading it away. Returns whether the
 * update ran.
 */
export async function updateWhenSaved(update: () => Promise<void>): Promise<boolean> {
  journalPendingEdits(journalOf(jobs.values()));
  await flushSaves();
  if (pendingSaveCount() > 0) return false;
  await update();
  return true;
}
