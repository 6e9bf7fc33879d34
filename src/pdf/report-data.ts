import type { WorkshopContent } from '../domain/workshop-content';

/** Everything the PDF plan is built from: the workshop's whole content and when it was made. */
export type ReportData = WorkshopContent & {
  /** When the plan was made, ISO timestamp. */
  generatedAt: string;
};

export type PdfFonts = { regular: string; bold: string };
