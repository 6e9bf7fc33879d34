/** The revealed results as every phone shows them. */
import type { LiveResults, ScoreStats } from '../../domain/live-room/results';
import type { LiveActivity } from '../../domain/live-room/types';
import { h, type Child } from '../dom';
import { decimal, principleText, staffText, t } from '../texts';
import { focusOf } from './ideas';
import { radarChart } from './radar';

function stat(stats: ScoreStats | null): Child {
  if (!stats || stats.mean === null) return t('results.noScore');
  return [
    h('strong', {}, decimal(stats.mean)),
    ' ',
    h('span', { class: 'sd' }, `± ${decimal(stats.sd ?? 0)}`),
  ];
}

/** The radar of the means, its legend and a table of mean ± spread per item. */
function scoresBody(
  names: string[],
  current: ScoreStats[],
  target: (ScoreStats | null)[] | null,
  radarLabel: string,
): Child {
  return [
    radarChart(
      names,
      current.map((stats) => stats.mean),
      names.map((_, index) => target?.[index]?.mean ?? null),
      radarLabel,
    ),
    h(
      'p',
      { class: 'legend' },
      h('span', { class: 'key key-current' }),
      t('ratings.current'),
      ' ',
      target && [h('span', { class: 'key key-target' }), t('ratings.target')],
    ),
    h(
      'table',
      { class: 'results' },
      h('caption', { class: 'visually-hidden' }, t('results.explain')),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, ''),
          h('th', { scope: 'col' }, t('ratings.current')),
          target && h('th', { scope: 'col' }, t('ratings.target')),
        ),
      ),
      h(
        'tbody',
        {},
        names.map((name, index) =>
          h(
            'tr',
            {},
            h('th', { scope: 'row' }, name),
            h('td', {}, stat(current[index] ?? null)),
            target && h('td', {}, stat(target[index] ?? null)),
          ),
        ),
      ),
    ),
    h('p', { class: 'hint small' }, t('results.explain')),
  ];
}

function body(results: LiveResults): Child {
  switch (results.kind) {
    case 'ratings': {
      const rows = results.principles;
      return scoresBody(
        rows.map((row) => principleText(row.principleId)),
        rows.map((row) => row.current),
        rows.some((row) => row.target) ? rows.map((row) => row.target) : null,
        t('results.radar'),
      );
    }
    case 'staffRatings':
      return scoresBody(
        results.statements.map((row) => staffText(row.statementId)),
        results.statements.map((row) => row.scores),
        null,
        t('results.staffRadar'),
      );
    case 'ideas':
      return results.ideas.length === 0
        ? h('p', {}, t('results.noIdeas'))
        : h(
            'ul',
            { class: 'result-list' },
            results.ideas.map((idea) =>
              h(
                'li',
                {},
                idea.text,
                idea.author &&
                  h('span', { class: 'hint' }, ` ${t('results.by', { name: idea.author })}`),
              ),
            ),
          );
    case 'votes': {
      const most = Math.max(1, ...results.totals.map((row) => row.dots));
      return h(
        'ol',
        { class: 'result-list votes' },
        results.totals.map((row) =>
          h(
            'li',
            {},
            h('span', { class: 'vote-title' }, row.title),
            h(
              'span',
              { class: 'bar', 'aria-hidden': 'true' },
              h('span', { class: `fill w${Math.round((row.dots / most) * 10)}` }),
            ),
            h('span', { class: 'vote-count' }, t('results.dots', { count: row.dots })),
          ),
        ),
      );
    }
    case 'evidence':
      return [
        h('p', {}, t('results.evidenceTotal', results.byTone)),
        results.byTouchpoint.length > 0 &&
          h(
            'table',
            { class: 'results' },
            h(
              'thead',
              {},
              h(
                'tr',
                {},
                h('th', { scope: 'col' }, t('results.touchpoint')),
                h('th', { scope: 'col' }, t('evidence.tone.praise')),
                h('th', { scope: 'col' }, t('evidence.tone.complaint')),
                h('th', { scope: 'col' }, t('evidence.tone.neutral')),
              ),
            ),
            h(
              'tbody',
              {},
              results.byTouchpoint.map((row) =>
                h(
                  'tr',
                  {},
                  h('th', { scope: 'row' }, row.name),
                  h('td', {}, row.counts.praise),
                  h('td', {}, row.counts.complaint),
                  h('td', {}, row.counts.neutral),
                ),
              ),
            ),
          ),
      ];
  }
}

const headingKey = {
  ratings: 'ratings.heading',
  staffRatings: 'staff.heading',
  ideas: 'ideas.heading',
  votes: 'votes.heading',
  evidence: 'evidence.heading',
} as const;

export function resultsView(
  activity: LiveActivity,
  results: LiveResults,
  level: 'h2' | 'h3' = 'h2',
): HTMLElement {
  const focus = activity.kind === 'ideas' ? focusOf(activity) : '';
  return h(
    'section',
    {
      class: 'activity results-view',
      'aria-label': `${t('results.heading')}: ${t(headingKey[activity.kind])}`,
    },
    h(level, {}, `${t('results.heading')}: ${t(headingKey[activity.kind])}`),
    focus && h('p', { class: 'focus' }, t('ideas.focus', { focus })),
    h('p', { class: 'hint' }, t('results.respondents', { count: results.respondents })),
    body(results),
  );
}
