import { describe, expect, it } from 'vitest';
import {
  AGENDA_KINDS,
  neighbourStep,
  parseClock,
  plannedClockTimes,
  templateAgenda,
  totalMinutes,
  workshopProgress,
} from '../../src/domain/agenda';
import { startTimer } from '../../src/domain/timer';
import type { AgendaStep } from '../../src/domain/types';

const MINUTE = 60_000;

function steps(minutes: number[], skipped: number[] = []): AgendaStep[] {
  return minutes.map((value, order) => ({
    id: `s${order}`,
    workshopId: 'w',
    kind: 'custom',
    title: `Step ${order}`,
    minutes: value,
    order,
    isSkipped: skipped.includes(order),
    notes: '',
    createdAt: '',
    updatedAt: '',
  }));
}

describe('agenda template', () => {
  it('has the twelve method steps in order, about three and a half hours, in both languages', () => {
    for (const language of ['fi', 'en'] as const) {
      const agenda = templateAgenda(language);
      expect(agenda.map((step) => step.kind)).toEqual([...AGENDA_KINDS]);
      expect(agenda.every((step) => step.title.trim() && !step.notes && !step.isSkipped)).toBe(
        true,
      );
      const total = agenda.reduce((sum, step) => sum + step.minutes, 0);
      expect(total).toBeGreaterThanOrEqual(210);
      expect(total).toBeLessThanOrEqual(240);
    }
    expect(templateAgenda('fi')[0]!.title).not.toBe(templateAgenda('en')[0]!.title);
  });
});

describe('planned times', () => {
  it('sums only the steps that are run and gives each its clock time', () => {
    const agenda = steps([15, 20, 30, 10], [1]);
    expect(totalMinutes(agenda)).toBe(55);
    const times = plannedClockTimes(agenda, '09:00');
    expect([...times.entries()]).toEqual([
      ['s0', '09:00'],
      ['s2', '09:15'],
      ['s3', '09:45'],
    ]);
    expect(plannedClockTimes(agenda, '').get('s0')).toBe('');
  });

  it('reads only valid HH:MM times', () => {
    expect(parseClock('9:05')).toBe(545);
    expect(parseClock('24:00')).toBeNull();
    expect(parseClock('nine')).toBeNull();
    expect(parseClock('')).toBeNull();
  });
});

describe('workshop time left vs plan', () => {
  const start = Date.parse('2026-11-24T09:00:00Z');

  it('is the whole plan before the timer starts', () => {
    const progress = workshopProgress(steps([15, 20]), null, start, '09:00', 540);
    expect(progress).toMatchObject({
      plannedMinutes: 35,
      remainingMs: 35 * MINUTE,
      plannedEnd: '09:35',
      projectedEnd: '',
      behindMinutes: null,
    });
  });

  it('counts what is left of the current step plus the later steps, and how far behind we are', () => {
    const agenda = steps([15, 20, 10]);
    // Step 2 started at 09:20 (five minutes late) and has run 5 minutes: now 09:25.
    const timer = startTimer(null, 's1', start + 20 * MINUTE);
    const now = start + 25 * MINUTE;
    const progress = workshopProgress(agenda, timer, now, '09:00', 9 * 60 + 25);
    expect(progress.remainingMs).toBe(25 * MINUTE);
    expect(progress.projectedEnd).toBe('09:50');
    expect(progress.plannedEnd).toBe('09:45');
    expect(progress.behindMinutes).toBe(5);
  });

  it('reports the overrun of a step that went over time, and no negative time left', () => {
    const agenda = steps([10]);
    const timer = startTimer(null, 's0', start);
    const progress = workshopProgress(agenda, timer, start + 13 * MINUTE, '', 0);
    expect(progress.remainingMs).toBe(0);
    expect(progress.overrunMs).toBe(3 * MINUTE);
    expect(progress.behindMinutes).toBeNull();
  });
});

describe('neighbourStep', () => {
  it('moves between the steps that are run and starts from the first', () => {
    const agenda = steps([5, 5, 5], [1]);
    expect(neighbourStep(agenda, undefined, 1)?.id).toBe('s0');
    expect(neighbourStep(agenda, 's0', 1)?.id).toBe('s2');
    expect(neighbourStep(agenda, 's2', 1)).toBeUndefined();
    expect(neighbourStep(agenda, 's2', -1)?.id).toBe('s0');
  });
});
