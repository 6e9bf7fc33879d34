import { useId, useState } from 'react';
import { buildIcs } from '../../domain/calendar-export';
import { toExcelCsv } from '../../domain/csv-export';
import { exportFileName } from '../../domain/file-names';
import { voteTotals } from '../../domain/path';
import { namesToFind, redactText } from '../../domain/privacy/redact-content';
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
  const reviews = useReviews(workshop.id) ?? [];
  const indicators = useIndicators(workshop.id) ?? [];
  const participants = useParticipants(workshop.id) ?? [];
  const id = useId();
  const [isRedacted, setRedacted] = useState(false);
  const names = namesToFind({ workshop, participants });
  const labels = redactionLabels(workshop.language);
  /** The exported copy only: what is stored stays as it is. */
  const clean = (text: string) => (isRedacted ? redactText(text, names, labels) : text);

  const exportCsv = () => {
    const totals = voteTotals(votes);
    const indicatorName = new Map(indicators.map((indicator) => [indicator.id, indicator.name]));
    const rows = actions.map((action, index) => [
      String(index + 1),
      clean(action.title),
      fileT(`category.${action.category}`),
      fileT(`routine.cadence.${cadenceKey(action.cadence)}`),
      clean(action.owner),
      action.startDate,
      action.dueDate,
      fileT(`status.${action.status}`),
      action.impact?.toString() ?? '',
      action.effort?.toString() ?? '',
      String(totals.get(action.id) ?? 0),
      indicatorName.get(action.indicatorId) ?? '',
      clean(action.description),
    ]);
    const csv = toExcelCsv([fileT('export.csvHeader').split(';'), ...rows]);
    downloadBlob(
      new Blob([csv], { type: 'text/csv;charset=utf-8' }),
      exportFileName(workshop, 'actions', 'csv'),
    );
  };

  const routines = runningRoutines(actions);
  const exportIcs = () => {
    const routineEvents = routines.map((routine) => ({
      uid: routine.id,
      date: routineStart(routine, todayIso()),
      summary: fileT('export.routineSummary', { title: clean(routine.title) }),
      description: [routine.owner, routine.description].filter(Boolean).map(clean).join('\n'),
      recurrence: recurrenceRule(routine.cadence, routine.dueDate),
    }));
    const reviewEvents = reviews
      .filter((review) => review.date)
      .map((review) => ({
        uid: review.id,
        date: review.date,
        summary: fileT('export.reviewSummary', { title: workshop.title }),
        description: [review.reporter, review.format, review.notes]
          .filter(Boolean)
          .map(clean)
          .join('\n'),
      }));
    const ics = buildIcs(
      [...reviewEvents, ...routineEvents],
      new Date(),
      `${fileT('export.calendarName')} – ${workshop.organisation}`,
    );
    downloadBlob(
      new Blob([ics], { type: 'text/calendar;charset=utf-8' }),
      exportFileName(workshop, 'reviews', 'ics'),
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
