import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  addMinute,
  formatClock,
  pauseTimer,
  readTimer,
  startTimer,
  switchStep,
} from '../../src/domain/timer';
import type { TimerState } from '../../src/domain/types';

const MINUTE = 60_000;

/** What a reload does: the state goes through JSON (IndexedDB) and is read again later. */
const reload = (state: TimerState): TimerState => JSON.parse(JSON.stringify(state)) as TimerState;

describe('step timer', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-11-24T09:00:00Z'));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('counts down the planned minutes from the start time', () => {
    const timer = startTimer(null, 'intro', Date.now());
    vi.advanceTimersByTime(4 * MINUTE + 30_000);
    const reading = readTimer(timer, 15, Date.now());
    expect(reading.isRunning).toBe(true);
    expect(reading.elapsedMs).toBe(4.5 * MINUTE);
    expect(formatClock(reading.remainingMs)).toBe('10:30');
    expect(reading.isTimeUp).toBe(false);
  });

  it('does not drift across a reload: the reading comes from timestamps alone', () => {
    let timer = startTimer(null, 'intro', Date.now());
    vi.advanceTimersByTime(3 * MINUTE);
    timer = reload(timer);
    // The page was closed for two minutes; the timer kept running meanwhile.
    vi.advanceTimersByTime(2 * MINUTE);
    expect(readTimer(reload(timer), 10, Date.now()).remainingMs).toBe(5 * MINUTE);
  });

  it('stops counting while paused and resumes where it was, also after a reload', () => {
    let timer = startTimer(null, 'values', Date.now());
    vi.advanceTimersByTime(2 * MINUTE);
    timer = reload(pauseTimer(timer, Date.now()));
    vi.advanceTimersByTime(30 * MINUTE);
    expect(readTimer(timer, 10, Date.now())).toMatchObject({
      isRunning: false,
      elapsedMs: 2 * MINUTE,
    });
    timer = startTimer(timer, 'values', Date.now());
    vi.advanceTimersByTime(MINUTE);
    expect(readTimer(reload(timer), 10, Date.now()).elapsedMs).toBe(3 * MINUTE);
  });

  it('pausing twice or starting a running timer changes nothing', () => {
    const timer = startTimer(null, 'a', Date.now());
    vi.advanceTimersByTime(MINUTE);
    expect(startTimer(timer, 'a', Date.now())).toBe(timer);
    const paused = pauseTimer(timer, Date.now());
    vi.advanceTimersByTime(MINUTE);
    expect(pauseTimer(paused, Date.now())).toBe(paused);
  });

  it('says when the time is up, and +1 min gives one more minute', () => {
    let timer = startTimer(null, 'quickWins', Date.now());
    vi.advanceTimersByTime(10 * MINUTE);
    expect(readTimer(timer, 10, Date.now()).isTimeUp).toBe(true);
    timer = addMinute(timer);
    let reading = readTimer(timer, 10, Date.now());
    expect(reading.isTimeUp).toBe(false);
    expect(formatClock(reading.remainingMs)).toBe('01:00');
    vi.advanceTimersByTime(MINUTE + 20_000);
    reading = readTimer(timer, 10, Date.now());
    expect(reading.isTimeUp).toBe(true);
    expect(formatClock(reading.remainingMs)).toBe('−00:20');
  });

  it('moving to another step starts it from zero and keeps a running timer running', () => {
    let timer = startTimer(null, 'a', Date.now());
    timer = addMinute(timer);
    vi.advanceTimersByTime(7 * MINUTE);
    timer = switchStep(timer, 'b', Date.now());
    vi.advanceTimersByTime(MINUTE);
    expect(readTimer(timer, 20, Date.now())).toMatchObject({
      stepId: 'b',
      isRunning: true,
      elapsedMs: MINUTE,
      allowedMs: 20 * MINUTE,
    });
    const paused = switchStep(pauseTimer(timer, Date.now()), 'c', Date.now());
    vi.advanceTimersByTime(MINUTE);
    expect(readTimer(paused, 5, Date.now())).toMatchObject({ isRunning: false, elapsedMs: 0 });
  });

  it('counts a clock that jumped backwards as no time rather than negative time', () => {
    const timer = startTimer(null, 'a', Date.now());
    vi.setSystemTime(new Date('2026-11-24T08:55:00Z'));
    expect(readTimer(timer, 5, Date.now()).elapsedMs).toBe(0);
  });
});

describe('formatClock', () => {
  it('shows minutes and seconds, hours when needed, and a minus sign past zero', () => {
    expect(formatClock(15 * MINUTE)).toBe('15:00');
    expect(formatClock(59_001)).toBe('01:00');
    expect(formatClock(75 * MINUTE)).toBe('1:15:00');
    expect(formatClock(-61_000)).toBe('−01:01');
    expect(formatClock(0)).toBe('00:00');
  });
});
