/** A person's own text answers (ideas, evidence) with their state, change and withdraw. */
import type { LiveEntry } from '../../domain/live-room/types';
import type { OwnEntry } from '../../live-room-client/participant';
import { h, type Child } from '../dom';
import { t } from '../texts';
import { reasonText, type Ctx } from './context';

export function statusBadge(own: OwnEntry): HTMLElement {
  const { status } = own;
  const text =
    status.state === 'rejected'
      ? t('status.rejected', { reason: reasonText(status.reason) })
      : t(status.state === 'accepted' ? 'status.accepted' : 'status.pending');
  return h('span', { class: `badge badge-${status.state}` }, text);
}

function textOf(entry: LiveEntry): string {
  return entry.kind === 'idea' || entry.kind === 'evidence' ? entry.text : '';
}

export function lengthHint(text: string, max: number): Child {
  return text.length > max
    ? h(
        'p',
        { class: 'field-error', role: 'alert' },
        t('entry.tooLong', { max, count: text.length }),
      )
    : null;
}

export function entryList(
  ctx: Ctx,
  own: OwnEntry[],
  options: { isOpen: boolean; max: number; extra?: (entry: LiveEntry) => Child },
): Child {
  if (own.length === 0) return null;
  const { ui } = ctx;
  return h(
    'section',
    { class: 'own', 'aria-labelledby': 'own-heading' },
    h('h3', { id: 'own-heading' }, t('entry.yours')),
    h(
      'ul',
      { class: 'entries' },
      own.map((item) => {
        const { entry } = item;
        if (ui.editingId === entry.id && options.isOpen) {
          const fieldId = `edit-${entry.id}`;
          return h(
            'li',
            { class: 'entry editing' },
            h('label', { for: fieldId, class: 'visually-hidden' }, t('entry.edit')),
            h(
              'textarea',
              {
                id: fieldId,
                rows: 3,
                onInput: (event: Event) => {
                  ui.editText = (event.target as HTMLTextAreaElement).value;
                },
                onChange: () => ctx.render(),
              },
              ui.editText,
            ),
            lengthHint(ui.editText, options.max),
            h(
              'div',
              { class: 'row' },
              h(
                'button',
                {
                  type: 'button',
                  class: 'primary',
                  onClick: () =>
                    ctx.act(ctx.room.change(entry.id, { text: ui.editText }), () => {
                      ui.editingId = '';
                    }),
                },
                t('entry.save'),
              ),
              h(
                'button',
                {
                  type: 'button',
                  onClick: () => {
                    ui.editingId = '';
                    ctx.render();
                  },
                },
                t('entry.cancel'),
              ),
            ),
          );
        }
        return h(
          'li',
          { class: 'entry' },
          h('p', { class: 'entry-text' }, textOf(entry)),
          options.extra?.(entry),
          statusBadge(item),
          options.isOpen &&
            h(
              'div',
              { class: 'row' },
              h(
                'button',
                {
                  type: 'button',
                  onClick: () => {
                    ui.editingId = entry.id;
                    ui.editText = textOf(entry);
                    ctx.render();
                  },
                },
                t('entry.edit'),
              ),
              h(
                'button',
                {
                  type: 'button',
                  class: 'danger',
                  onClick: () => ctx.act(ctx.room.withdraw(entry.id)),
                },
                t('entry.withdraw'),
              ),
            ),
        );
      }),
    ),
  );
}
