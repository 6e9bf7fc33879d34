/** Evidence from the week: a piece of customer feedback with its tone and touchpoint. */
import { LIVE_LIMITS } from '../../domain/live-room/limits';
import {
  EVIDENCE_TONES,
  type EvidenceActivity,
  type LiveEntry,
} from '../../domain/live-room/types';
import { h } from '../dom';
import { t } from '../texts';
import type { Ctx } from './context';
import { entryList, lengthHint } from './entry-list';

const toneKey = {
  praise: 'evidence.tone.praise',
  complaint: 'evidence.tone.complaint',
  neutral: 'evidence.tone.neutral',
} as const;

export function evidenceView(ctx: Ctx, activity: EvidenceActivity): HTMLElement {
  const { ui } = ctx;
  const draft = ui.evidenceDraft;
  const own = ctx.room.ownEntries(activity.id);
  const isOpen = activity.status === 'open';
  const isFull = own.length >= activity.maxPerPerson;
  const pointName = (id: string) =>
    activity.touchpoints.find((point) => point.id === id)?.name ?? '';
  const add = (event: Event) => {
    event.preventDefault();
    ctx.act(ctx.room.addEvidence(activity.id, draft), () => {
      ui.evidenceDraft = { text: '', tone: 'neutral', touchpointId: draft.touchpointId };
    });
  };
  const extra = (entry: LiveEntry) =>
    entry.kind === 'evidence' &&
    h(
      'p',
      { class: 'hint small' },
      [t(toneKey[entry.tone]), pointName(entry.touchpointId)].filter(Boolean).join(' · '),
    );
  return h(
    'section',
    { class: 'activity', 'aria-labelledby': 'activity-heading' },
    h('h2', { id: 'activity-heading' }, t('evidence.heading')),
    h('p', {}, t('evidence.guide')),
    h(
      'p',
      { class: 'progress' },
      t('evidence.count', { count: own.length, max: activity.maxPerPerson }),
    ),
    isOpen &&
      !isFull &&
      h(
        'form',
        { class: 'card', onSubmit: add },
        h('label', { for: 'evidence-new' }, t('evidence.label')),
        h(
          'textarea',
          {
            id: 'evidence-new',
            rows: 4,
            maxlength: LIVE_LIMITS.evidenceLength * 2,
            onInput: (event: Event) => {
              draft.text = (event.target as HTMLTextAreaElement).value;
            },
          },
          draft.text,
        ),
        lengthHint(draft.text, LIVE_LIMITS.evidenceLength),
        h(
          'fieldset',
          { class: 'scale' },
          h('legend', {}, t('evidence.tone')),
          h(
            'div',
            { class: 'choices three' },
            EVIDENCE_TONES.map((tone) =>
              h(
                'label',
                { for: `tone-${tone}`, class: 'choice' },
                h('input', {
                  id: `tone-${tone}`,
                  type: 'radio',
                  name: 'tone',
                  checked: draft.tone === tone,
                  onChange: () => {
                    draft.tone = tone;
                  },
                }),
                h('span', {}, t(toneKey[tone])),
              ),
            ),
          ),
        ),
        activity.touchpoints.length > 0 && [
          h('label', { for: 'evidence-touchpoint' }, t('evidence.touchpoint')),
          h(
            'select',
            {
              id: 'evidence-touchpoint',
              onChange: (event: Event) => {
                draft.touchpointId = (event.target as HTMLSelectElement).value;
              },
            },
            h(
              'option',
              { value: '', selected: draft.touchpointId === '' },
              t('evidence.noTouchpoint'),
            ),
            activity.touchpoints.map((point) =>
              h(
                'option',
                { value: point.id, selected: draft.touchpointId === point.id },
                point.name,
              ),
            ),
          ),
        ],
        h('button', { type: 'submit', class: 'primary' }, t('evidence.add')),
      ),
    entryList(ctx, own, { isOpen, max: LIVE_LIMITS.evidenceLength, extra }),
  );
}
