/**
 * The participant page: a phone joins a live room by the QR link (#room=…&key=…) or by typing the
 * room code. Served by the relay over plain http on the room's network: no service worker, no
 * crypto.randomUUID (not a secure context), nothing but the relay contacted.
 */
import './styles.css';
import { normaliseRoomCode } from '../domain/live-room/codes';
import { buildJoinLink, parseJoinLink, relayAddressOf } from '../domain/live-room/link';
import { startRoom } from './app';
import { replaceContent } from './dom';
import { savedLanguage } from './storage';
import { setLanguage, type PageKey } from './texts';
import { codeForm } from './views/join';
import { header } from './views/shell';

const root = document.getElementById('app') as HTMLElement;

function browserLanguage(): 'fi' | 'en' {
  return navigator.languages.some((tag) => tag.toLowerCase().startsWith('fi')) ? 'fi' : 'en';
}

function showCodeForm(error: PageKey | '' = '', typed = ''): void {
  const submit = (value: string) => void lookUp(value);
  replaceContent(root, [
    header({
      title: '',
      code: '',
      state: null,
      denied: '',
      waiting: 0,
      onLanguage: () => {
        setLanguage(document.documentElement.lang === 'fi' ? 'en' : 'fi');
        showCodeForm(error, typed);
      },
    }),
    codeForm(submit, error, typed),
  ]);
}

async function lookUp(typed: string): Promise<void> {
  const code = normaliseRoomCode(typed);
  if (!code) return showCodeForm('code.invalid', typed);
  let response: Response;
  try {
    response = await fetch(`/api/rooms/${code}`, { cache: 'no-store' });
  } catch {
    return showCodeForm('code.unreachable', typed);
  }
  if (response.status === 404) return showCodeForm('code.notFound', typed);
  if (response.status === 410) return showCodeForm('code.closed', typed);
  if (response.status === 429) return showCodeForm('code.tooMany', typed);
  if (!response.ok) return showCodeForm('code.unreachable', typed);
  const { joinKey } = (await response.json()) as { joinKey: string };
  location.hash = new URL(buildJoinLink(location.href, { code, joinKey })).hash;
}

function boot(): void {
  const link = parseJoinLink(location.hash);
  setLanguage(savedLanguage() ?? link?.language ?? browserLanguage());
  if (!link) return showCodeForm();
  void startRoom(root, { ...link, relayUrl: link.relay ?? relayAddressOf(location.origin) }, () => {
    history.replaceState(null, '', location.pathname);
    location.reload();
  });
}

// A new link (a code typed, another QR code scanned) starts afresh.
window.addEventListener('hashchange', () => location.reload());
boot();
