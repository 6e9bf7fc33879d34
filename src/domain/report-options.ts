export type ReportSection = 'summary' | 'current' | 'target' | 'path';
export const REPORT_SECTIONS: readonly ReportSection[] = ['summary', 'current', 'target', 'path'];

/** What the export dialog lets the user choose. */
export type ReportOptions = {
  sections: Record<ReportSection, boolean>;
  /** Participants appear as "Participant 1…" instead of by name. */
  isAnonymous: boolean;
  hasEvidenceAppendix: boolean;
  hasRatingsAppendix: boolean;
  paper: 'a4' | 'letter';
  /** Personal data in the texts replaced by roles in the PDF; the stored data stays as it is. */
  isRedacted: boolean;
};

export const DEFAULT_REPORT_OPTIONS: ReportOptions = {
  sections: { summary: true, current: true, target: true, path: true },
  isAnonymous: false,
  hasEvidenceAppendix: false,
  hasRatingsAppendix: false,
  paper: 'a4',
  isRedacted: false,
};
