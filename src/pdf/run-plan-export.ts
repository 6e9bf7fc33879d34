import type { ReportOptions } from '../domain/report-options';
import type { ExportedPlan } from './export-action-plan';
import type { PlanProgress, PlanProgressListener } from './plan-progress';
import type { ReportData } from './report-data';

export type PlanRequest = { data: ReportData; options: ReportOptions };
/** `warm` loads jsPDF, the fonts and the messages ahead, so the first export starts at once. */
export type PlanWorkerRequest = { kind: 'warm' } | ({ kind: 'build' } & PlanRequest);
export type PlanWorkerMessage =
  | { kind: 'progress'; progress: PlanProgress }
  | { kind: 'done'; plan: ExportedPlan }
  | { kind: 'failed'; message: string };

/** The export was cancelled: nothing is downloaded, nothing else changed. */
export class PlanExportCancelled extends Error {
  constructor() {
    super('cancelled');
  }
}

export type PlanExportJob = {
  /** The finished plan; rejects with PlanExportCancelled after cancel(). */
  result: Promise<ExportedPlan>;
  /** Stops the work at once: the worker is terminated mid-page. */
  cancel: () => void;
};

/**
 * Builds the plan in a module worker (jsPDF, fonts and messages load there), reporting progress.
 * Where workers are missing (Vitest's jsdom) it builds on the page, and cancel only drops the
 * result.
 */
export function startPlanExport(
  request: PlanRequest,
  onProgress: PlanProgressListener,
): PlanExportJob {
  if (typeof Worker === 'undefined') return onThisThread(request, onProgress);
  const worker = spare ?? newPlanWorker();
  spare = undefined;
  let settle: { reject: (error: Error) => void } | undefined;
  let isSettled = false;
  const result = new Promise<ExportedPlan>((resolve, reject) => {
    settle = { reject };
    worker.onmessage = (event: MessageEvent<PlanWorkerMessage>) => {
      const message = event.data;
      if (message.kind === 'progress') return onProgress(message.progress);
      isSettled = true;
      if (message.kind === 'done') {
        // Kept for the next export, its fonts loaded, unless the screen has let go meanwhile.
        if (isWarmWanted && !spare) spare = worker;
        else worker.terminate();
        resolve(message.plan);
      } else {
        worker.terminate();
        reject(new Error(message.message));
      }
    };
    worker.onerror = (event) => {
      isSettled = true;
      worker.terminate();
      reject(new Error(event.message || 'The PDF worker failed to start'));
    };
  });
  worker.postMessage({ kind: 'build', ...request } satisfies PlanWorkerRequest);
  return {
    result,
    cancel: () => {
      // A finished job's worker may be the spare now: it stays.
      if (isSettled) return;
      worker.terminate();
      settle?.reject(new PlanExportCancelled());
    },
  };
}

let spare: Worker | undefined;
let isWarmWanted = false;

function newPlanWorker(): Worker {
  return new Worker(new URL('./plan-worker.ts', import.meta.url), {
    type: 'module',
    name: 'pdf-plan',
  });
}

/**
 * Starts a worker and loads jsPDF, the fonts and the messages in it while the user looks at
 * the export's screen; the first export then starts at once. Returns the release for when the
 * screen goes (the idle worker holds some megabytes).
 */
export function warmPlanWorker(): () => void {
  if (typeof Worker === 'undefined') return () => undefined;
  isWarmWanted = true;
  if (!spare) {
    const warming = newPlanWorker();
    // A worker that failed to start is dropped; the export then starts a new one.
    warming.onerror = () => {
      warming.terminate();
      if (spare === warming) spare = undefined;
    };
    warming.postMessage({ kind: 'warm' } satisfies PlanWorkerRequest);
    spare = warming;
  }
  return () => {
    isWarmWanted = false;
    spare?.terminate();
    spare = undefined;
  };
}

function onThisThread(request: PlanRequest, onProgress: PlanProgressListener): PlanExportJob {
  let isCancelled = false;
  let cancelled: () => void = () => undefined;
  const stopped = new Promise<never>((_, reject) => {
    cancelled = () => reject(new PlanExportCancelled());
  });
  const work = import('./export-action-plan').then(({ exportActionPlan }) =>
    exportActionPlan(request.data, request.options, (progress) => {
      if (!isCancelled) onProgress(progress);
    }),
  );
  return {
    result: Promise.race([work, stopped]),
    cancel: () => {
      isCancelled = true;
      cancelled();
    },
  };
}
