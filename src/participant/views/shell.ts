/** The frame around every screen: room code, connection state, waiting answers, language. */
import type { ConnectionState } from '../../live-room-client/connection';
import { h } from '../dom';
import { t, type PageKey } from '../texts';

export function stateKey(state: ConnectionState, denied: string): PageKey {
  if (state === 'denied')
    return denied === 'room-not-found'
      ? 'state.notFound'
      : denied === 'room-full'
        ? 'state.full'
        : denied === 'room-closed'
          ? 'state.closed'
          : 'state.denied';
  return `state.${state}`;
}

export function header(options: {
  title: string;
  code: string;
  state: ConnectionState | null;
  denied: string;
  waiting: number;
  onLanguage: () => void;
}): HTMLElement {
  const { state } = options;
  return h(
    'header',
    { class: 'top' },
    h(
      'div',
      { class: 'row spread' },
      h('h1', {}, options.title || t('page.title')),
      h(
        'button',
        {
          type: 'button',
          class: 'lang',
          lang: t('lang.switch') === 'Suomeksi' ? 'fi' : 'en',
          'aria-label': t('lang.switchLabel'),
          onClick: options.onLanguage,
        },
        t('lang.switch'),
      ),
    ),
    options.code &&
      h(
        'p',
        { class: 'code' },
        t('room.code', { code: `${options.code.slice(0, 3)}-${options.code.slice(3)}` }),
      ),
    state &&
      h(
        'p',
        { class: `status status-${state}`, role: 'status' },
        h('span', { class: 'dot', 'aria-hidden': 'true' }),
        t(stateKey(state, options.denied)),
        options.waiting > 0 && ` ${t('state.waiting', { count: options.waiting })}`,
      ),
  );
}
