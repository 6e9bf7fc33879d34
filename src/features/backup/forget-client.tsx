import { useId, useState } from 'react';
import { Dialog } from '../../components/dialog';
import {
  forgetClient,
  organisationKey,
  type ClientSummary,
} from '../../db/repositories/forget-client';
import { useClients } from './use-clients';
import { useReportError } from '../../hooks/use-storage-error-notice';
import { useT } from '../../hooks/use-t';
import { useNoticeStore } from '../../stores/notice-store';

/** Erase one organisation's every workshop, after a confirmation that names all of it. */
export function ForgetClient() {
  const t = useT();
  const id = useId();
  const clients = useClients();
  const [chosenKey, setChosenKey] = useState('');
  const [isConfirming, setConfirming] = useState(false);
  const chosen = clients?.find((client) => organisationKey(client.organisation) === chosenKey);

  return (
    <section className="card forget-client" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('privacy.forget.title')}</h2>
      <p>{t('privacy.forget.intro')}</p>
      {clients && clients.length === 0 ? <p className="muted">{t('privacy.forget.none')}</p> : null}
      {clients && clients.length > 0 ? (
        <div className="field">
          <label htmlFor={`${id}-organisation`}>{t('privacy.forget.organisation')}</label>
          <select
            id={`${id}-organisation`}
            value={chosen ? chosenKey : ''}
            onChange={(event) => setChosenKey(event.target.value)}
          >
            <option value="">{t('privacy.forget.choose')}</option>
            {clients.map((client) => (
              <option key={client.organisation} value={organisationKey(client.organisation)}>
                {client.organisation} –{' '}
                {t('privacy.forget.summary', {
                  workshops: client.workshops.length,
                  items: client.itemCount,
                })}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <button
        type="button"
        className="button-danger"
        disabled={!chosen}
        onClick={() => setConfirming(true)}
      >
        {t('privacy.forget.button')}
      </button>
      {chosen && isConfirming ? (
        <ConfirmForget
          client={chosen}
          onClose={() => setConfirming(false)}
          onDone={() => {
            setConfirming(false);
            setChosenKey('');
          }}
        />
      ) : null}
    </section>
  );
}

type ConfirmProps = { client: ClientSummary; onClose: () => void; onDone: () => void };

function ConfirmForget({ client, onClose, onDone }: ConfirmProps) {
  const t = useT();
  const id = useId();
  const push = useNoticeStore((state) => state.push);
  const reportError = useReportError();
  const [typed, setTyped] = useState('');
  const [isBusy, setBusy] = useState(false);
  const isTypedRight = organisationKey(typed) === organisationKey(client.organisation);

  const forget = async () => {
    setBusy(true);
    try {
      const erased = await forgetClient(client.organisation);
      push({
        kind: 'success',
        message: t('privacy.forget.done', {
          organisation: client.organisation,
          count: erased.length,
        }),
      });
      onDone();
    } catch (error) {
      reportError(error);
      setBusy(false);
    }
  };

  return (
    <Dialog
      title={t('privacy.forget.confirmTitle', { organisation: client.organisation })}
      onClose={onClose}
    >
      <ul>
        {client.workshops.map((workshop) => (
          <li key={workshop.id}>
            {workshop.title}
            {workshop.date ? ` (${workshop.date})` : ''}
          </li>
        ))}
      </ul>
      <p>{t('privacy.forget.confirmBody', { items: client.itemCount })}</p>
      <div className="field">
        <label htmlFor={`${id}-typed`}>{t('privacy.forget.confirmLabel')}</label>
        <input
          id={`${id}-typed`}
          type="text"
          autoComplete="off"
          value={typed}
          onChange={(event) => setTyped(event.target.value)}
        />
      </div>
      <div className="button-row">
        <button
          type="button"
          className="button-danger"
          disabled={!isTypedRight || isBusy}
          onClick={() => void forget()}
        >
          {t('privacy.forget.confirm')}
        </button>
        <button type="button" className="button-secondary" onClick={onClose} autoFocus>
          {t('common.cancel')}
        </button>
      </div>
    </Dialog>
  );
}
