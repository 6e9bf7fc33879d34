/**
 * The PDF worker: builds the action plan off the page's thread, so the page keeps answering
 * while jsPDF lays out hundreds of pages. Posts progress as it goes, then the finished file.
 * Started and stopped (Cancel terminates it) by run-plan-export.ts.
 */
import { exportActionPlan } from './export-action-plan';
import type { PlanRequest, PlanWorkerMessage } from './run-plan-export';

const scope = globalThis as unknown as {
  postMessage: (message: PlanWorkerMessage) => void;
  addEventListener: (type: 'message', listener: (event: MessageEvent<PlanRequest>) => void) => void;
};

scope.addEventListener('message', (event) => {
  const { data, options } = event.data;
  exportActionPlan(data, options, (progress) => scope.postMessage({ kind: 'progress', progress }))
    .then((plan) => scope.postMessage({ kind: 'done', plan }))
    .catch((error: unknown) =>
      scope.postMessage({
        kind: 'failed',
        message: error instanceof Error ? (error.stack ?? error.message) : String(error),
      }),
    );
});
