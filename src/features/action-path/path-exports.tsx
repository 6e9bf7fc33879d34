import { useId, useState } from 'react';
import { buildIcs } from '../../domain/calendar-export';
import { toExcelCsv } from '../../domain/csv-export';
import { exportFileName } from '../../domain/file-names';
import { voteTotals } from '../../domain/path';
import { namesToFind, redactRows } from '../../domain/privacy/redact-content';
import type { TextTable } from '../../domain/model/text-fields';
import { cadenceKey, recurrenceRule, routineStart, runningRoutines } from '../../domain/routines';
import type { Action, Workshop } from '../../domain/types';
import { useIndicators, useParticipants } from '../../hooks/use-assessment';
import { useReviews, useVotes } from '../../hooks/use-path';
import { todayIso } from '../../lib/dates';
import { downloadBlob } from '../../lib/download';
import { redactionLabels } from '../../lib/redaction-labels';
import { useT } from '../../hooks/use-t';
import { useWorkshopT } from '../../hooks/use-workshop-t';

/**
 * The actions for Excel, and the review dates with each running routine as a recurring event for
 * a calendar, in the workshop's language.
 */
export function PathExports({ workshop, actions }: { workshop: Workshop; actions: Action[] }) {
  const t = useT();
  // The files are the workshop's content, like the PDF: in its language, whatever the screen's.
  const fileT = useWorkshopT(workshop.language);
  const votes = useVotes(workshop.id) ?? [];
  const storedReviews = useReviews(workshop.id) ?? [];
  const storedIndicators = useIndicators(workshop.id) ?? [];
  const participants = useParticipants(workshop.id) ?? [];
  const id = useId();
  const [isRedacted, setRedacted] = useState(false);
  /** The exported copy only, every free text of the data model: what is stored stays. */
  const exported = <T,>(table: TextTable, rows: readonly T[]): T[] =>
    isRedacted
      ? redactRows(
          table,
          rows,
          namesToFind({ workshop, participants }),
          redactionLabels(workshop.language),
        )
      : [...rows];
  const [fileWorkshop] = exported('workshops', [workshop]);
  const reviews = exported('reviews', storedReviews);
  const indicators = exported('indicators', storedIndicators);

  const exportCsv = () => {
    const totals = voteTotals(votes);
    const indicatorName = new Map(indicators.map((indicator) => [indicator.id, indicator.name]));
    const rows = exported('actions', actions).map((action, index) => [
      String(index + 1),
      action.title,
      fileT(`category.${action.category}`),
      fileT(`routine.cadence.${cadenceKey(action.cadence)}`),
      action.owner,
      action.startDate,
      action.dueDate,
      fileT(`status.${action.status}`),
      action.impact?.toString() ?? '',
      action.effort?.toString() ?? '',
      String(totals.get(action.id) ?? 0),
      indicatorName.get(action.indicatorId) ?? '',
      action.description,
    ]);
    const csv = toExcelCsv([fileT('export.csvHeader').split(';'), ...rows]);
    downloadBlob(
      new Blob([csv], { type: 'text/csv;charset=utf-8' }),
      exportFileName(fileWorkshop!, 'actions', 'csv'),
    );
  };

  const routines = runningRoutines(actions);
  const exportIcs = () => {
    const routineEvents = exported('actions', routines).map((routine) => ({
      uid: routine.id,
      date: routineStart(routine, todayIso()),
      summary: fileT('export.routineSummary', { title: routine.title }),
      description: [routine.owner, routine.description].filter(Boolean).join('\n'),
      recurrence: recurrenceRule(routine.cadence, routine.dueDate),
    }));
    const reviewEvents = reviews
      .filter((review) => review.date)
      .map((review) => ({
        uid: review.id,
        date: review.date,
        summary: fileT('export.reviewSummary', { title: fileWorkshop!.title }),
        description: [review.reporter, review.format, review.notes].filter(Boolean).join('\n'),
      }));
    const ics = buildIcs(
      [...reviewEvents, ...routineEvents],
      new Date(),
      `${fileT('export.calendarName')} – ${fileWorkshop!.organisation}`,
    );
    downloadBlob(
      new Blob([ics], { type: 'text/calendar;charset=utf-8' }),
      exportFileName(fileWorkshop!, 'reviews', 'ics'),
    );
  };

  return (
    <div className="button-row">
      <label className="choice" htmlFor={`${id}-redact`}>
        <input
          id={`${id}-redact`}
          type="checkbox"
          checked={isRedacted}
          onChange={(event) => setRedacted(event.target.checked)}
        />
        {t('privacy.redactExport')}
      </label>
      <button type="button" className="button-secondary" onClick={exportCsv}>
        {t('export.csv')}
      </button>
      <button
        type="button"
        className="button-secondary"
        disabled={reviews.length === 0 && routines.length === 0}
        onClick={exportIcs}
      >
        {t('export.ics')}
      </button>
    </div>
  );
}
