/**
 * The PDF worker: builds the action plan off the page's thread, so the page keeps answering
 * while jsPDF lays out hundreds of pages. Posts progress as it goes, then the finished file.
 * Started and stopped (Cancel terminates it) by run-plan-export.ts.
 */
import { loadFeatureMessages } from '../i18n';
import { exportActionPlan } from './export-action-plan';
import { loadPdfFonts } from './fonts';
import type { PlanWorkerMessage, PlanWorkerRequest } from './run-plan-export';

const scope = globalThis as unknown as {
  postMessage: (message: PlanWorkerMessage) => void;
  addEventListener: (
    type: 'message',
    listener: (event: MessageEvent<PlanWorkerRequest>) => void,
  ) => void;
};

scope.addEventListener('message', (event) => {
  const request = event.data;
  // Loaded once per worker; a failure here shows again, with its notice, at the export.
  if (request.kind === 'warm')
    return void Promise.all([loadPdfFonts(), loadFeatureMessages()]).catch(() => undefined);
  const { data, options } = request;
  exportActionPlan(data, options, (progress) => scope.postMessage({ kind: 'progress', progress }))
    .then((plan) => scope.postMessage({ kind: 'done', plan }))
    .catch((error: unknown) =>
      scope.postMessage({
        kind: 'failed',
        message: error instanceof Error ? (error.stack ?? error.message) : String(error),
      }),
    );
});
