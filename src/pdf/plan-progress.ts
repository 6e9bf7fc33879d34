import type { jsPDF } from 'jspdf';
import { DEFAULT_REPORT_OPTIONS, type ReportOptions } from '../domain/report-options';
import type { PdfCursor } from './layout';
import type { ReportData } from './report-data';

/**
 * How far a plan's build has come. `section` counts the main sections started (1-based) out of
 * `sections`; `pages` the pages drawn so far. `saving`: every page is drawn, the file is written.
 */
export type PlanProgress =
  | { stage: 'preparing' }
  | { stage: 'drawing'; section: number; sections: number; title: string; pages: number }
  | { stage: 'saving'; sections: number; pages: number };

export type PlanProgressListener = (progress: PlanProgress) => void;

/**
 * The main sections buildActionPlan draws with these options, for the progress bar.
 * Keep in step with buildActionPlan: a test compares it with the outline of real builds.
 */
export function plannedSections(
  data: ReportData,
  options: ReportOptions = DEFAULT_REPORT_OPTIONS,
): number {
  const { sections } = options;
  return [
    sections.summary,
    sections.current,
    sections.target,
    sections.path,
    options.hasEvidenceAppendix && data.evidence.length > 0,
    options.hasRatingsAppendix && data.participants.length > 0,
  ].filter(Boolean).length;
}

/**
 * Share done, 0–100: each section is one step and writing the file one more. A section counts
 * as done once the next one starts, so the bar never runs ahead of the work.
 */
export function progressPercent(progress: PlanProgress | null): number {
  if (!progress || progress.stage === 'preparing') return 0;
  const steps = progress.sections + 1;
  const done = progress.stage === 'saving' ? progress.sections : progress.section - 1;
  return Math.round((100 * Math.max(0, Math.min(done, steps))) / steps);
}

/** Tells the listener of each section the cursor starts and of each page the document gains. */
export function reportProgress(
  cursor: PdfCursor,
  sections: number,
  listener: PlanProgressListener,
): void {
  const doc: jsPDF = cursor.doc;
  let section = 0;
  let title = '';
  const tell = () =>
    listener({ stage: 'drawing', section, sections, title, pages: doc.getNumberOfPages() });
  cursor.onSection = (started) => {
    section += 1;
    title = started;
    tell();
  };
  // Tables add their pages themselves: jsPDF's own event sees every one.
  doc.internal.events.subscribe('addPage', () => {
    if (section > 0) tell();
  });
}
