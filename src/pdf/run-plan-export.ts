import type { ReportOptions } from '../domain/report-options';
import type { ExportedPlan } from './export-action-plan';
import type { PlanProgress, PlanProgressListener } from './plan-progress';
import type { ReportData } from './report-data';

export type PlanRequest = { data: ReportData; options: ReportOptions };
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
  const worker = new Worker(new URL('./plan-worker.ts', import.meta.url), {
    type: 'module',
    name: 'pdf-plan',
  });
  let settle: { reject: (error: Error) => void } | undefined;
  const result = new Promise<ExportedPlan>((resolve, reject) => {
    settle = { reject };
    worker.onmessage = (event: MessageEvent<PlanWorkerMessage>) => {
      const message = event.data;
      if (message.kind === 'progress') return onProgress(message.progress);
      worker.terminate();
      if (message.kind === 'done') resolve(message.plan);
      else reject(new Error(message.message));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'The PDF worker failed to start'));
    };
  });
  worker.postMessage(request);
  return {
    result,
    cancel: () => {
      worker.terminate();
      settle?.reject(new PlanExportCancelled());
    },
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
