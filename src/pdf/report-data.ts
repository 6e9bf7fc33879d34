import type { Action, Workshop } from '../domain/types';

/** Everything the PDF plan is built from; later phases add their parts here. */
export type ReportData = {
  workshop: Workshop;
  actions: Action[];
  /** When the plan was made, ISO timestamp. */
  generatedAt: string;
};

export type PdfFonts = { regular: string; bold: string };
