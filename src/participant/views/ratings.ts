/** Rating the principles: "now" and "target" on 1–5, or "don't know", per principle. */
import type { RatingsActivity } from '../../domain/live-room/types';
import type { PrincipleId } from '../../domain/principles';
import type { Score } from '../../domain/types';
import { h } from '../dom';
import { principleText, t } from '../texts';
import type { Ctx } from './context';
import { statusBadge } from './entry-list';

type Side = 'current' | 'target';
const VALUES: (Score | null)[] = [1, 2, 3, 4, 5, null];

/** One question's 1–5 and "don't know" as big radio buttons; `chosen` undefined: not answered. */
export function scoreScale(options: {
  /** Unique on the page: the radios' name and the start of their ids. */
  name: string;
  legend: string;
  /** The group's name when the legend alone is not unique on the page (it starts with it). */
  label?: string;
  /** The id of the text that explains the ends of the scale. */
  describedBy: string;
  chosen: Score | null | undefined;
  isOpen: boolean;
  onChoose: (value: Score | null) => void;
}) {
  const { name, chosen } = options;
  return h(
    'fieldset',
    { class: 'scale', 'aria-describedby': options.describedBy, 'aria-label': options.label },
    h('legend', {}, options.legend),
    h(
      'div',
      { class: 'choices' },
      VALUES.map((value) => {
        const id = `${name}-${value ?? 'x'}`;
        return h(
          'label',
          { for: id, class: value === null ? 'choice wide' : 'choice' },
          h('input', {
            id,
            type: 'radio',
            name,
            value: value ?? '',
            checked: chosen !== undefined && chosen === value,
            disabled: !options.isOpen,
            onChange: () => options.onChoose(value),
          }),
          h('span', {}, value === null ? t('ratings.dontKnow') : value),
        );
      }),
    ),
  );
}

function scale(
  ctx: Ctx,
  activity: RatingsActivity,
  principleId: PrincipleId,
  side: Side,
  chosen: Score | null | undefined,
  other: Score | null,
) {
  return scoreScale({
    name: `rate-${principleId}-${side}`,
    legend: t(side === 'current' ? 'ratings.current' : 'ratings.target'),
    describedBy: `anchors-${principleId}`,
    chosen,
    isOpen: activity.status === 'open',
    onChoose: (value) => {
      const scores =
        side === 'current' ? { current: value, target: other } : { current: other, target: value };
      ctx.act(ctx.room.rate(activity.id, principleId, scores));
    },
  });
}

export function ratingsView(ctx: Ctx, activity: RatingsActivity): HTMLElement {
  const own = ctx.room.ownEntries(activity.id);
  const byPrinciple = new Map(
    own.flatMap((item) =>
      item.entry.kind === 'rating' ? [[item.entry.principleId, item] as const] : [],
    ),
  );
  const isOpen = activity.status === 'open';
  return h(
    'section',
    { class: 'activity', 'aria-labelledby': 'activity-heading' },
    h('h2', { id: 'activity-heading' }, t('ratings.heading')),
    h('p', {}, t('ratings.guide')),
    h(
      'p',
      { class: 'progress' },
      t('ratings.progress', { done: byPrinciple.size, total: activity.principleIds.length }),
    ),
    activity.principleIds.map((principleId) => {
      const item = byPrinciple.get(principleId);
      const rating = item?.entry.kind === 'rating' ? item.entry : undefined;
      return h(
        'article',
        { class: 'card principle', 'aria-labelledby': `name-${principleId}` },
        h('h3', { id: `name-${principleId}` }, principleText(principleId)),
        h('p', { class: 'hint' }, principleText(principleId, '.description')),
        h(
          'p',
          { class: 'hint small', id: `anchors-${principleId}` },
          t('ratings.anchors', {
            low: principleText(principleId, '.1'),
            high: principleText(principleId, '.5'),
          }),
        ),
        scale(
          ctx,
          activity,
          principleId,
          'current',
          rating ? rating.current : undefined,
          rating?.target ?? null,
        ),
        activity.asksTarget &&
          scale(
            ctx,
            activity,
            principleId,
            'target',
            rating ? rating.target : undefined,
            rating?.current ?? null,
          ),
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
            t('ratings.clear', { principle: principleText(principleId) }),
          ),
      );
    }),
  );
}
