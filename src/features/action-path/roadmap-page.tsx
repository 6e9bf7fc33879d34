import { useId, useState } from 'react';
import { PhasePage } from '../../components/phase-page';
import { isOverdue, periodRange, periodsSpanned, type Bucketing } from '../../domain/path';
import { splitRoutines } from '../../domain/routines';
import type { Action } from '../../domain/types';
import { useReviews } from '../../hooks/use-path';
import { useActions, useCurrentWorkshop } from '../../hooks/use-workshop';
import { todayIso } from '../../lib/dates';
import { useT } from '../../hooks/use-t';
import { useUiStore } from '../../stores/ui-store';
import { RoutineTable } from './routine-table';
import './action-path.css';

type Grouping = 'category' | 'owner';

/**
 * Projects on a timeline by month or quarter, grouped by category or owner; routines apart, since
 * they repeat rather than run from a start to an end.
 */
export function RoadmapPage() {
  const t = useT();
  const id = useId();
  const workshop = useCurrentWorkshop();
  const language = useUiStore((state) => state.language);
  const { routines, projects: actions } = splitRoutines(useActions(workshop.id) ?? []);
  const reviews = useReviews(workshop.id) ?? [];
  const [bucketing, setBucketing] = useState<Bucketing>('quarter');
  const [grouping, setGrouping] = useState<Grouping>('category');
  const today = todayIso();
  const range = periodRange(actions, bucketing);
  const groupOf = (action: Action) =>
    grouping === 'category'
      ? t(`category.${action.category}`)
      : action.owner || t('roadmap.noOwner');
  const groups = [...new Set(actions.map(groupOf))].sort((a, b) => a.localeCompare(b));
  const undated = actions.filter((action) => !action.startDate && !action.dueDate);

  return (
    <PhasePage
      title={t('roadmap.title')}
      question={t('roadmap.question')}
      intro={t('roadmap.caption')}
    >
      <h2>{t('routine.projects')}</h2>
      <div className="inline-fields">
        <div className="field">
          <label htmlFor={`${id}-bucket`}>{t('roadmap.bucketing')}</label>
          <select
            id={`${id}-bucket`}
            value={bucketing}
            onChange={(event) => setBucketing(event.target.value as Bucketing)}
          >
            <option value="month">{t('roadmap.month')}</option>
            <option value="quarter">{t('roadmap.quarter')}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-group`}>{t('roadmap.grouping')}</label>
          <select
            id={`${id}-group`}
            value={grouping}
            onChange={(event) => setGrouping(event.target.value as Grouping)}
          >
            <option value="category">{t('roadmap.byCategory')}</option>
            <option value="owner">{t('roadmap.byOwner')}</option>
          </select>
        </div>
      </div>
      {range.length === 0 ? (
        <p className="muted">{t('roadmap.empty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table roadmap">
            <caption className="visually-hidden">{t('roadmap.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">
                  {grouping === 'category' ? t('roadmap.byCategory') : t('roadmap.byOwner')}
                </th>
                {range.map((period) => (
                  <th key={period} scope="col">
                    {period}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {groups.map((group) => (
                <tr key={group}>
                  <th scope="row">{group}</th>
                  {range.map((period) => (
                    <td key={period}>
                      {actions
                        .filter(
                          (action) =>
                            groupOf(action) === group &&
                            periodsSpanned(action, range, bucketing).includes(period),
                        )
                        .map((action) => {
                          const overdue = isOverdue(action, today);
                          return (
                            <p
                              key={action.id}
                              className={overdue ? 'roadmap-item overdue' : 'roadmap-item'}
                            >
                              {overdue ? `⚠ ${t('action.overdue')}: ` : ''}
                              {action.title}
                            </p>
                          );
                        })}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {undated.length > 0 ? (
        <section>
          <h2>{t('roadmap.undated')}</h2>
          <ul>
            {undated.map((action) => (
              <li key={action.id}>{action.title}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <RoutineTable routines={routines} reviews={reviews} language={language} />
    </PhasePage>
  );
}
