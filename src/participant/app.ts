/** The participant page's controller: one room session, rendered again on every change. */
import type { LiveActivity } from '../domain/live-room/types';
import type { Language } from '../domain/types';
import { joinRoom } from '../live-room-client/participant';
import { h, replaceContent } from './dom';
import { identityFor, openRoomDocs, saveIdentity, saveLanguage, savedLanguage } from './storage';
import { currentLanguage, setLanguage, t } from './texts';
import { newUi, reasonText, type Ctx } from './views/context';
import { evidenceView } from './views/evidence';
import { ideasView } from './views/ideas';
import { nameChoice } from './views/join';
import { ratingsView } from './views/ratings';
import { resultsView } from './views/results';
import { staffRatingsView } from './views/staff-ratings';
import { header } from './views/shell';
import { votesView } from './views/votes';

function activityView(ctx: Ctx, activity: LiveActivity): HTMLElement {
  switch (activity.kind) {
    case 'ratings':
      return ratingsView(ctx, activity);
    case 'staffRatings':
      return staffRatingsView(ctx, activity);
    case 'ideas':
      return ideasView(ctx, activity);
    case 'votes':
      return votesView(ctx, activity);
    case 'evidence':
      return evidenceView(ctx, activity);
  }
}

export type RoomLink = { code: string; joinKey: string; relayUrl: string; language?: Language };

export async function startRoom(
  root: HTMLElement,
  link: RoomLink,
  onLeave: () => void,
): Promise<void> {
  const { identity, isSaved } = identityFor(link.code, link.joinKey);
  const docs = openRoomDocs(identity);
  await docs.loaded;
  const room = joinRoom({
    url: link.relayUrl,
    identity,
    publicDoc: docs.publicDoc,
    inboxDoc: docs.inboxDoc,
  });
  const ui = newUi();
  ui.isChoosingName = !identity.hasChosenName;
  ui.nameDraft = room.name();
  let languageChosen = savedLanguage() !== null || link.language !== undefined;
  let frame = 0;

  const ctx: Ctx = {
    room,
    ui,
    render: () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(draw);
    },
    act(result, then) {
      ui.message = result.ok ? '' : reasonText(result.reason);
      if (result.ok) then?.();
      ctx.render();
    },
  };

  const switchLanguage = () => {
    const next = currentLanguage() === 'fi' ? 'en' : 'fi';
    languageChosen = true;
    saveLanguage(next);
    setLanguage(next);
    draw();
  };

  const forget = async () => {
    room.destroy();
    await docs.forget();
    docs.destroy();
    onLeave();
  };

  function main(): HTMLElement {
    const state = room.state();
    const current = room.currentActivity();
    const revealed = room
      .activities()
      .filter((activity) => activity.status === 'revealed' && activity.id !== current?.id)
      .reverse();
    const earlier = revealed.flatMap((activity) => {
      const results = room.results(activity.id);
      return results ? [resultsView(activity, results, 'h3')] : [];
    });
    if (state === 'closed' || room.deniedReason() === 'room-closed') {
      const currentResults = current && room.results(current.id);
      return h(
        'main',
        { id: 'main' },
        h('p', { class: 'note' }, t('room.closedGuide')),
        current && currentResults && resultsView(current, currentResults),
        earlier,
        h(
          'button',
          { type: 'button', class: 'danger', onClick: () => void forget() },
          t('room.forget'),
        ),
      );
    }
    if (ui.isChoosingName) {
      return h(
        'main',
        { id: 'main' },
        nameChoice(ctx, () => saveIdentity({ ...identity, hasChosenName: true })),
      );
    }
    const results = current ? room.results(current.id) : null;
    const name = room.name();
    return h(
      'main',
      { id: 'main' },
      !isSaved && h('p', { class: 'note' }, t('error.storage')),
      !current && h('p', { class: 'wait' }, t('room.wait')),
      current &&
        current.status === 'revealed' &&
        results && [
          h('p', { class: 'note' }, t('room.revealedNote')),
          resultsView(current, results),
        ],
      current &&
        current.status === 'open' && [
          h('p', { class: 'note' }, t('room.hiddenNote')),
          activityView(ctx, current),
        ],
      earlier.length > 0 &&
        h('details', { class: 'earlier' }, h('summary', {}, t('room.earlier')), earlier),
      h(
        'footer',
        { class: 'participation' },
        h('p', {}, name ? t('name.current.named', { name }) : t('name.current.anonymous')),
        h(
          'button',
          {
            type: 'button',
            class: 'link',
            onClick: () => {
              ui.isChoosingName = true;
              ui.nameDraft = name;
              ctx.render();
            },
          },
          t('name.change'),
        ),
      ),
    );
  }

  function draw(): void {
    const info = room.room();
    if (!languageChosen && info) setLanguage(info.language);
    replaceContent(root, [
      header({
        title: info?.title ?? '',
        code: link.code,
        state: room.state(),
        denied: room.deniedReason(),
        waiting: room.pendingCount(),
        onLanguage: switchLanguage,
      }),
      main(),
      h('p', { class: 'visually-hidden', role: 'status', 'aria-live': 'polite' }, ui.message),
      ui.message && h('p', { class: 'toast', role: 'alert' }, ui.message),
    ]);
  }

  room.subscribe(() => ctx.render());
  draw();
}
