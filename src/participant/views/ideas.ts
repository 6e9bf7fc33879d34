/** Ideas for a gap or a principle: write, see, change and withdraw one's own. */
import { LIVE_LIMITS } from '../../domain/live-room/limits';
import type { IdeasActivity } from '../../domain/live-room/types';
import { h } from '../dom';
import { principleText, t } from '../texts';
import type { Ctx } from './context';
import { entryList, lengthHint } from './entry-list';

export function focusOf(activity: IdeasActivity): string {
  const principle = activity.focusPrincipleId ? principleText(activity.focusPrincipleId) : '';
  return [principle, activity.focusText].filter(Boolean).join(': ');
}

export function ideasView(ctx: Ctx, activity: IdeasActivity): HTMLElement {
  const { ui } = ctx;
  const own = ctx.room.ownEntries(activity.id);
  const isOpen = activity.status === 'open';
  const isFull = own.length >= activity.maxPerPerson;
  const focus = focusOf(activity);
  const add = (event: Event) => {
    event.preventDefault();
    ctx.act(ctx.room.addIdea(activity.id, ui.ideaDraft), () => {
      ui.ideaDraft = '';
    });
  };
  return h(
    'section',
    { class: 'activity', 'aria-labelledby': 'activity-heading' },
    h('h2', { id: 'activity-heading' }, t('ideas.heading')),
    focus && h('p', { class: 'focus' }, t('ideas.focus', { focus })),
    h(
      'p',
      { class: 'progress' },
      t('ideas.count', { count: own.length, max: activity.maxPerPerson }),
    ),
    isOpen &&
      !isFull &&
      h(
        'form',
        { class: 'card', onSubmit: add },
        h('label', { for: 'idea-new' }, t('ideas.label')),
        h(
          'textarea',
          {
            id: 'idea-new',
            rows: 3,
            maxlength: LIVE_LIMITS.ideaLength * 2,
            onInput: (event: Event) => {
              ui.ideaDraft = (event.target as HTMLTextAreaElement).value;
            },
          },
          ui.ideaDraft,
        ),
        lengthHint(ui.ideaDraft, LIVE_LIMITS.ideaLength),
        h('button', { type: 'submit', class: 'primary' }, t('ideas.add')),
      ),
    isOpen && isFull && h('p', { class: 'note' }, t('ideas.full')),
    entryList(ctx, own, { isOpen, max: LIVE_LIMITS.ideaLength }),
  );
}
