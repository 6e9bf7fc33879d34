/** Dot voting: plus and minus per action, the dots left always in view. */
import type { VotesActivity } from '../../domain/live-room/types';
import { h } from '../dom';
import { t } from '../texts';
import type { Ctx } from './context';
import { statusBadge } from './entry-list';

export function votesView(ctx: Ctx, activity: VotesActivity): HTMLElement {
  const own = ctx.room.ownEntries(activity.id);
  const byOption = new Map(
    own.flatMap((item) =>
      item.entry.kind === 'vote' ? [[item.entry.optionId, item] as const] : [],
    ),
  );
  const used = own.reduce(
    (sum, item) => sum + (item.entry.kind === 'vote' ? item.entry.dots : 0),
    0,
  );
  const left = activity.dotsPerPerson - used;
  const isOpen = activity.status === 'open';
  return h(
    'section',
    { class: 'activity', 'aria-labelledby': 'activity-heading' },
    h('h2', { id: 'activity-heading' }, t('votes.heading')),
    h('p', {}, t('votes.guide')),
    h(
      'p',
      { class: 'progress', role: 'status' },
      t('votes.left', { left, total: activity.dotsPerPerson }),
    ),
    h(
      'ul',
      { class: 'options' },
      activity.options.map((option) => {
        const item = byOption.get(option.id);
        const dots = item?.entry.kind === 'vote' ? item.entry.dots : 0;
        return h(
          'li',
          { class: 'card option' },
          h('p', { class: 'option-title', id: `option-${option.id}` }, option.title),
          h(
            'div',
            { class: 'stepper' },
            h(
              'button',
              {
                type: 'button',
                id: `minus-${option.id}`,
                'aria-label': t('votes.remove', { title: option.title }),
                disabled: !isOpen || dots === 0,
                onClick: () => ctx.act(ctx.room.setDots(activity.id, option.id, dots - 1)),
              },
              '−',
            ),
            h('span', { class: 'dots', 'aria-live': 'polite' }, t('votes.on', { count: dots })),
            h(
              'button',
              {
                type: 'button',
                id: `plus-${option.id}`,
                'aria-label': t('votes.add', { title: option.title }),
                disabled: !isOpen || left <= 0,
                onClick: () => ctx.act(ctx.room.setDots(activity.id, option.id, dots + 1)),
              },
              '+',
            ),
          ),
          item && statusBadge(item),
        );
      }),
    ),
  );
}
