import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { DEFAULT_REPORT_OPTIONS, type ReportOptions } from '../domain/report-options';

type ReportOptionsState = { options: ReportOptions; setOptions: (options: ReportOptions) => void };

/** The export dialog remembers the last choices. */
export const useReportOptionsStore = create<ReportOptionsState>()(
  persist(
    (set) => ({ options: DEFAULT_REPORT_OPTIONS, setOptions: (options) => set({ options }) }),
    {
      name: 'palvelupolku.report-options',
      version: 1,
      storage: createJSONStorage(() => localStorage),
      // Options added later (e.g. isRedacted) get their defaults when older choices are loaded.
      merge: (persisted, current) => ({
        ...current,
        options: {
          ...current.options,
          ...(persisted as Partial<ReportOptionsState> | undefined)?.options,
        },
      }),
    },
  ),
);
