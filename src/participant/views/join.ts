/** Joining: the room code typed by hand, and the choice to answer anonymously or by name. */
import { LIVE_LIMITS } from '../../domain/live-room/limits';
import { h } from '../dom';
import { t, type PageKey } from '../texts';
import type { Ctx } from './context';

export function codeForm(
  onSubmit: (typed: string) => void,
  error: PageKey | '',
  typed: string,
): HTMLElement {
  return h(
    'form',
    {
      class: 'card join',
      onSubmit: (event: Event) => {
        event.preventDefault();
        onSubmit((document.getElementById('room-code') as HTMLInputElement).value);
      },
    },
    h('h2', {}, t('code.heading')),
    h('p', {}, t('code.guide')),
    h('label', { for: 'room-code' }, t('code.label')),
    h('input', {
      id: 'room-code',
      class: 'code-input',
      value: typed,
      autocomplete: 'off',
      autocapitalize: 'characters',
      spellcheck: 'false',
      maxlength: 9,
      'aria-invalid': error ? 'true' : false,
      'aria-describedby': error ? 'code-error' : false,
    }),
    error && h('p', { id: 'code-error', class: 'field-error', role: 'alert' }, t(error)),
    h('button', { type: 'submit', class: 'primary' }, t('code.submit')),
  );
}

export function nameChoice(ctx: Ctx, onDone: () => void): HTMLElement {
  const { ui } = ctx;
  const finish = (name: string) => {
    const result = ctx.room.setName(name);
    ui.nameError = !result.ok;
    if (result.ok) {
      ui.isChoosingName = false;
      onDone();
    }
    ctx.render();
  };
  return h(
    'section',
    { class: 'card join', 'aria-labelledby': 'name-heading' },
    h('h2', { id: 'name-heading' }, t('name.heading')),
    h('p', {}, t('name.guide')),
    h(
      'button',
      { type: 'button', class: 'primary', id: 'take-part-anonymously', onClick: () => finish('') },
      t('name.anonymous'),
    ),
    h(
      'form',
      {
        class: 'named',
        onSubmit: (event: Event) => {
          event.preventDefault();
          finish(ui.nameDraft);
        },
      },
      h('label', { for: 'participant-name' }, t('name.label')),
      h('input', {
        id: 'participant-name',
        value: ui.nameDraft,
        autocomplete: 'name',
        'aria-invalid': ui.nameError ? 'true' : false,
        maxlength: LIVE_LIMITS.nameLength * 2,
        onInput: (event: Event) => {
          ui.nameDraft = (event.target as HTMLInputElement).value;
        },
      }),
      ui.nameError && h('p', { class: 'field-error', role: 'alert' }, t('name.tooLong')),
      h('button', { type: 'submit' }, t('name.named')),
    ),
  );
}
