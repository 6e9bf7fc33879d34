import type { Translate } from '../../i18n';
import type { FacilitatorRoom } from '../../live-room-client/facilitator';
import { QrCode } from './qr-code';

type Props = {
  room: FacilitatorRoom;
  pageUrl: string;
  isLoopbackOnly: boolean;
  t: Translate;
};

/** "ABC-DEF": two halves read aloud more easily. */
export function spacedCode(code: string): string {
  return `${code.slice(0, 3)}-${code.slice(3)}`;
}

/** "Answers: 6 from 3 people", and "from 1 person" for one. */
export function answerCounts(t: Translate, counts: { entries: number; respondents: number }) {
  return t(counts.respondents === 1 ? 'live.counts.entriesOne' : 'live.counts.entries', counts);
}

/** How phones join: QR code, the short address and the room code in large type, live counts. */
export function JoinPanel({ room, pageUrl, isLoopbackOnly, t }: Props) {
  const link = room.joinLink(pageUrl);
  const shortAddress = pageUrl.replace(/^https?:\/\//, '').replace(/\/$/, '');
  const counts = room.counts();
  const current = room.room()?.currentActivityId ?? '';
  const activityCounts = counts.byActivity[current] ?? { entries: 0, respondents: 0 };
  return (
    <div className="live-join">
      <QrCode text={link} label={t('live.join.qr')} />
      <div className="live-join-text">
        <p className="live-join-address">{t('live.join.link', { address: shortAddress })}</p>
        <p className="live-code">
          <span className="visually-hidden">{t('live.join.code')}: </span>
          {spacedCode(room.credentials.code)}
        </p>
        {isLoopbackOnly ? <p className="muted">{t('live.join.loopbackOnly')}</p> : null}
        <p className="live-counts" role="status" aria-live="polite">
          <span>{t('live.counts.joined', { count: counts.joined })}</span>
          {current ? <span>{answerCounts(t, activityCounts)}</span> : null}
        </p>
      </div>
    </div>
  );
}
