import { describe, expect, it } from 'vitest';
import { buildIcs } from '../../src/domain/calendar-export';
import {
  latestOutcome,
  recurrenceRule,
  routinesAskedAt,
  runningRoutines,
  splitRoutines,
  withOutcome,
} from '../../src/domain/routines';
import type { Action, Review } from '../../src/domain/types';

const action = (id: string, cadence: Action['cadence'], status: Action['status'] = 'planned') =>
  ({ id, cadence, status }) as Pick<Action, 'id' | 'cadence' | 'status'>;
const review = (date: string, isHeld: boolean, routineChecks: Review['routineChecks']) => ({
  date,
  isHeld,
  routineChecks,
});

describe('routines', () => {
  it('keeps routines apart from projects, and asks only about the running ones', () => {
    const actions = [
      action('a', ''),
      action('b', 'weekly'),
      action('c', 'monthly', 'done'),
      action('d', 'daily', 'inProgress'),
    ];
    const { routines, projects } = splitRoutines(actions);
    expect(routines.map((routine) => routine.id)).toEqual(['b', 'c', 'd']);
    expect(projects.map((project) => project.id)).toEqual(['a']);
    expect(runningRoutines(actions).map((routine) => routine.id)).toEqual(['b', 'd']);
    const dated = [
      { ...action('b', 'weekly'), startDate: '2027-01-01' },
      { ...action('d', 'daily'), startDate: '2027-03-01' },
    ];
    expect(routinesAskedAt(dated, '2027-02-01').map((routine) => routine.id)).toEqual(['b']);
    expect(routinesAskedAt(dated, '').map((routine) => routine.id)).toEqual(['b', 'd']);
  });

  it('writes the recurrence of each cadence, ending on the due date when there is one', () => {
    expect(recurrenceRule('daily', '')).toBe('FREQ=DAILY');
    expect(recurrenceRule('weekly', '')).toBe('FREQ=WEEKLY');
    expect(recurrenceRule('monthly', '2027-06-30')).toBe('FREQ=MONTHLY;UNTIL=20270630');
  });

  it('puts a routine in the calendar as one recurring event', () => {
    const ics = buildIcs(
      [
        { uid: 'r1', date: '2027-01-08', summary: 'Rutiini: palautehetki', description: '' },
        {
          uid: 'r2',
          date: '2027-01-08',
          summary: 'Rutiini: viikkopalaveri',
          description: 'Esihenkilö',
          recurrence: recurrenceRule('weekly', ''),
        },
      ],
      new Date('2026-12-01T10:00:00Z'),
      'Seuranta',
    );
    const events = ics.split('BEGIN:VEVENT').slice(1);
    expect(events).toHaveLength(2);
    expect(events[0]).not.toContain('RRULE');
    expect(events[1]).toContain('DTSTART;VALUE=DATE:20270108\r\n');
    expect(events[1]).toContain('RRULE:FREQ=WEEKLY\r\n');
  });

  it('tells what the latest held review recorded for a routine', () => {
    const reviews = [
      review('2027-02-01', true, [{ actionId: 'b', outcome: 'missed' }]),
      review('2027-03-01', true, [{ actionId: 'b', outcome: 'happened' }]),
      review('2027-04-01', false, [{ actionId: 'b', outcome: 'partly' }]),
      review('2027-03-15', true, []),
    ];
    expect(latestOutcome('b', reviews)).toBe('happened');
    expect(latestOutcome('x', reviews)).toBeNull();
  });

  it('sets, changes and clears one routine’s answer without touching the others', () => {
    const checks = withOutcome([{ actionId: 'a', outcome: 'partly' }], 'b', 'missed');
    expect(checks).toEqual([
      { actionId: 'a', outcome: 'partly' },
      { actionId: 'b', outcome: 'missed' },
    ]);
    expect(withOutcome(checks, 'b', null)).toEqual([{ actionId: 'a', outcome: 'partly' }]);
  });
});
