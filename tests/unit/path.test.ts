import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { buildIcs, escapeIcsText, foldIcsLine } from '../../src/domain/calendar-export';
import { toExcelCsv } from '../../src/domain/csv-export';
import {
  dotsUsed,
  isOverdue,
  periodRange,
  periodsSpanned,
  quadrantOf,
  voteTotals,
} from '../../src/domain/path';
import { principleTrend } from '../../src/domain/trend';
import type { Action, Participant, Rating, Review, Vote } from '../../src/domain/types';

const action = (overrides: Partial<Action>): Action =>
  ({
    id: 'a',
    order: 0,
    impact: null,
    effort: null,
    status: 'planned',
    dueDate: '',
    startDate: '',
    ...overrides,
  }) as Action;

describe('prioritisation', () => {
  it('places actions in quadrants with 4–5 as high', () => {
    expect(quadrantOf({ impact: 5, effort: 2 })).toBe('quickWin');
    expect(quadrantOf({ impact: 4, effort: 4 })).toBe('majorProject');
    expect(quadrantOf({ impact: 3, effort: 3 })).toBe('fillIn');
    expect(quadrantOf({ impact: 2, effort: 5 })).toBe('notWorthIt');
    expect(quadrantOf({ impact: null, effort: 5 })).toBe('unrated');
  });

  it('totals dots per action and per participant', () => {
    const votes = [
      { actionId: 'b', participantId: 'p', dots: 2 },
      { actionId: 'b', participantId: 'q', dots: 1 },
      { actionId: 'c', participantId: 'p', dots: 3 },
    ] as Vote[];
    expect(voteTotals(votes).get('b')).toBe(3);
    expect(dotsUsed(votes, 'p')).toBe(5);
  });

  it('flags overdue actions unless done or dropped', () => {
    expect(isOverdue({ dueDate: '2026-11-01', status: 'inProgress' }, '2026-11-24')).toBe(true);
    expect(isOverdue({ dueDate: '2026-11-01', status: 'done' }, '2026-11-24')).toBe(false);
    expect(isOverdue({ dueDate: '2026-11-24', status: 'planned' }, '2026-11-24')).toBe(false);
    expect(isOverdue({ dueDate: '', status: 'planned' }, '2026-11-24')).toBe(false);
  });

  it('lays the roadmap over every month or quarter between the first and last date', () => {
    const actions = [
      action({ startDate: '2026-11-10', dueDate: '2027-02-01' }),
      action({ dueDate: '2026-12-05' }),
    ];
    expect(periodRange(actions, 'month')).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
    expect(periodRange(actions, 'quarter')).toEqual(['2026-Q4', '2027-Q1']);
    expect(periodsSpanned(actions[0]!, periodRange(actions, 'month'), 'month')).toHaveLength(4);
    expect(periodsSpanned(actions[1]!, periodRange(actions, 'month'), 'month')).toEqual([
      '2026-12',
    ]);
  });

  it('follows the mean of each principle across reviews', () => {
    const participants = [{ id: 'p', group: '' }] as Participant[];
    const ratings = [
      { participantId: 'p', principleId: 'smoothness', score: 2, reviewId: '' },
      { participantId: 'p', principleId: 'smoothness', score: 4, reviewId: 'r1' },
    ] as Rating[];
    const trend = principleTrend(
      ratings,
      participants,
      [{ id: 'r1', date: '2027-03-01' }] as Review[],
      '2026-11-24',
    );
    expect(trend.map((point) => point.means.smoothness)).toEqual([2, 4]);
  });
});

describe('CSV for Finnish Excel', () => {
  it('starts with a BOM, separates with semicolons and quotes per RFC 4180', () => {
    const csv = toExcelCsv([
      ['Nimi', 'Huom'],
      ['Jono; vastaanotto', 'Sanoi "heti"\nja lähti'],
      ['=SUM(A1)', 'ok'],
    ]);
    expect(csv.startsWith('\uFEFFNimi;Huom\r\n')).toBe(true);
    expect(csv).toContain('"Jono; vastaanotto";"Sanoi ""heti""\nja lähti"');
    expect(csv).toContain("'=SUM(A1);ok");
  });

  it('neutralises a formula that starts after spaces, tabs or a non-breaking space', () => {
    const csv = toExcelCsv([['  =HYPERLINK("http://x")', ' +1', '\u00a0@SUM(A1)', ' - lista']]);
    expect(csv).toContain(`"'  =HYPERLINK(""http://x"")";' +1;'\u00a0@SUM(A1);' - lista`);
  });

  it('reads back exactly what went in (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.array(
            fc.string({ maxLength: 20 }).filter((s) => !/^\s*[=+\-@]|^[\t\r]/.test(s)),
            { minLength: 2, maxLength: 2 },
          ),
          { minLength: 1, maxLength: 10 },
        ),
        (rows) => {
          const parsed = Papa.parse<string[]>(toExcelCsv(rows).slice(1), {
            delimiter: ';',
            newline: '\r\n',
            skipEmptyLines: false,
          }).data;
          expect(parsed.slice(0, rows.length)).toEqual(rows);
        },
      ),
    );
  });
});

describe('iCalendar export', () => {
  it('escapes text and folds long lines at 75 octets without splitting characters', () => {
    expect(escapeIcsText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
    const folded = foldIcsLine(`SUMMARY:${'ä'.repeat(60)}`);
    for (const line of folded.split('\r\n'))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(`SUMMARY:${'ä'.repeat(60)}`);
  });

  it('writes all-day events that unfold back to the same values', () => {
    const ics = buildIcs(
      [
        {
          uid: 'u1',
          date: '2027-03-01',
          summary: 'Seurantakatsaus: kevät, 2027',
          description: 'Raportoi: laatupäällikkö\nMuoto; kokous',
        },
      ],
      new Date('2026-11-24T10:00:00Z'),
      'Seuranta',
    );
    const unfolded = ics.replace(/\r\n /g, '');
    expect(ics.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(
      true,
    );
    expect(unfolded).toContain('DTSTART;VALUE=DATE:20270301\r\nDTEND;VALUE=DATE:20270302');
    expect(unfolded).toContain('SUMMARY:Seurantakatsaus: kevät\\, 2027');
    expect(unfolded).toContain('DESCRIPTION:Raportoi: laatupäällikkö\\nMuoto\\; kokous');
    expect(unfolded).toContain('DTSTAMP:20261124T100000Z');
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });
});
