/** The staff experience check: each statement about one's own work on 1–5, or "don't know". */
import type { StaffRatingsActivity } from '../../domain/live-room/types';
import { h } from '../dom';
import { staffText, t } from '../texts';
import type { Ctx } from './context';
import { statusBadge } from './entry-list';
import { scoreScale } from './ratings';

export function staffRatingsView(ctx: Ctx, activity: StaffRatingsActivity): HTMLElement {
  const own = ctx.room.ownEntries(activity.id);
  const byStatement = new Map(
    own.flatMap((item) =>
      item.entry.kind === 'staffRating' ? [[item.entry.statementId, item] as const] : [],
    ),
  );
  const isOpen = activity.status === 'open';
  return h(
    'section',
    { class: 'activity', 'aria-labelledby': 'activity-heading' },
    h('h2', { id: 'activity-heading' }, t('staff.heading')),
    h('p', {}, t('staff.guide')),
    h('p', { class: 'hint small', id: 'staff-anchors' }, t('staff.anchors')),
    h(
      'p',
      { class: 'progress' },
      t('ratings.progress', { done: byStatement.size, total: activity.statementIds.length }),
    ),
    activity.statementIds.map((statementId) => {
      const item = byStatement.get(statementId);
      const rating = item?.entry.kind === 'staffRating' ? item.entry : undefined;
      const name = staffText(statementId);
      return h(
        'article',
        { class: 'card principle', 'aria-labelledby': `name-${statementId}` },
        h('h3', { id: `name-${statementId}` }, name),
        h('p', { class: 'statement', id: `text-${statementId}` }, staffText(statementId, '.text')),
        scoreScale({
          name: `staff-${statementId}`,
          legend: t('staff.legend'),
          label: `${t('staff.legend')}: ${name}`,
          describedBy: `text-${statementId} staff-anchors`,
          chosen: rating ? rating.score : undefined,
          isOpen,
          onChoose: (score) => ctx.act(ctx.room.rateStatement(activity.id, statementId, score)),
        }),
        item && statusBadge(item),
        item &&
          isOpen &&
          h(
            'button',
            {
              type: 'button',
              class: 'link',
              onClick: () => ctx.act(ctx.room.withdraw(item.entry.id)),
            },
            t('staff.clear', { statement: name }),
          ),
      );
    }),
  );
}
