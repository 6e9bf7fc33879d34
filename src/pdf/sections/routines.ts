import { cadenceKey, latestOutcome } from '../../domain/routines';
import type { Action } from '../../domain/types';
import type { Translate } from '../../i18n';
import { formatDate } from '../../lib/dates';
import type { PdfCursor } from '../layout';
import type { ReportData } from '../report-data';
import { drawTable } from '../table';

/** The routines apart from the projects: how often, who, from when, and did they happen. */
export function drawRoutines(
  cursor: PdfCursor,
  data: ReportData,
  routines: readonly Action[],
  t: Translate,
): void {
  if (routines.length === 0) return;
  const language = data.workshop.language;
  cursor.heading(t('routine.title'), 12);
  drawTable(
    cursor,
    [
      t('routine.name'),
      t('routine.cadence'),
      t('pdf.owner'),
      t('routine.since'),
      t('routine.latest'),
    ],
    routines.map((routine) => {
      const outcome = latestOutcome(routine.id, data.reviews);
      return [
        routine.title,
        t(`routine.cadence.${cadenceKey(routine.cadence)}`),
        routine.owner || '–',
        routine.startDate ? formatDate(routine.startDate, language) : '–',
        outcome ? t(`routine.outcome.${outcome}`) : t('routine.notAsked'),
      ];
    }),
    {
      styles: { fontSize: 8.5, cellPadding: 1.6 },
      headStyles: { fontSize: 8.5 },
      columnStyles: { 1: { cellWidth: 32 }, 2: { cellWidth: 30 }, 3: { cellWidth: 22 } },
    },
  );
}
