import { useId, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { RoomModeButton } from '../../components/room-mode-button';
import { BUILT_IN_RELAY } from '../../config/relay';
import { isRelayAllowed, relayOrigin } from '../../config/relay-policy';
import { paths } from '../../config/paths';
import type { LiveActivityKind } from '../../domain/live-room/types';
import type { Workshop } from '../../domain/types';
import { useT } from '../../hooks/use-t';
import { useUiStore } from '../../stores/ui-store';

/** The relay's address, kept in the settings; only addresses the security policy admits. */
export function RelaySettings() {
  const t = useT();
  const id = useId();
  const stored = useUiStore((state) => state.relayUrl);
  const setRelayUrl = useUiStore((state) => state.setRelayUrl);
  const [draft, setDraft] = useState(stored);
  const [message, setMessage] = useState<{ text: string; isError: boolean } | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const origin = relayOrigin(draft);
    if (!origin) return setMessage({ text: t('live.relay.invalid'), isError: true });
    if (!isRelayAllowed(origin, BUILT_IN_RELAY)) {
      const builtIn = BUILT_IN_RELAY ? t('live.relay.builtIn', { address: BUILT_IN_RELAY }) : '';
      return setMessage({ text: t('live.relay.notAllowed', { builtIn }), isError: true });
    }
    setRelayUrl(origin);
    setDraft(origin);
    setMessage({ text: t('live.relay.saved'), isError: false });
  };

  return (
    <form className="live-relay form" onSubmit={submit} noValidate>
      <div className="field">
        <label htmlFor={id}>{t('live.relay.label')}</label>
        <p className="field-hint" id={`${id}-hint`}>
          {t('live.relay.hint')}
        </p>
        <input
          id={id}
          value={draft}
          inputMode="url"
          autoComplete="off"
          spellCheck={false}
          aria-describedby={`${id}-hint${message ? ` ${id}-message` : ''}`}
          aria-invalid={message?.isError ? true : undefined}
          onChange={(event) => setDraft(event.target.value)}
        />
        {message ? (
          <p
            id={`${id}-message`}
            className={message.isError ? 'field-error' : 'muted'}
            role="status"
          >
            {message.text}
          </p>
        ) : null}
      </div>
      <button type="submit" className="button-secondary">
        {t('live.relay.save')}
      </button>
    </form>
  );
}

type UnreachableProps = {
  workshop: Workshop;
  address: string;
  kind: LiveActivityKind;
  onRetry: () => void;
};

/** The relay does not answer: say so, and offer room mode (one device round the room) at once. */
export function RelayUnreachable({ workshop, address, kind, onRetry }: UnreachableProps) {
  const t = useT();
  return (
    <section
      className="card live-unreachable"
      role="alert"
      aria-labelledby="live-unreachable-title"
    >
      <h2 id="live-unreachable-title">{t('live.unreachable.title')}</h2>
      <p>{t('live.unreachable.body', { address })}</p>
      <div className="button-row">
        <button type="button" className="button-secondary" onClick={onRetry}>
          {t('live.unreachable.retry')}
        </button>
        {kind === 'evidence' ? (
          <Link to={paths.currentPart(workshop.id, 'evidence')} className="button-primary">
            {t('live.unreachable.evidence')}
          </Link>
        ) : (
          <div className="live-fallback">
            <span className="muted">{t('live.unreachable.fallback')}:</span>
            <RoomModeButton workshop={workshop} activity={kind} />
          </div>
        )}
      </div>
    </section>
  );
}
