import { useId, useState } from 'react';
import { createEvidence, deleteEvidence } from '../../db/repositories/current-state';
import { LIMITS } from '../../domain/limits';
import { CHANNEL_KEYS } from '../../domain/evidence';
import { templateContent } from '../../domain/templates';
import type { EvidenceItem, Workshop } from '../../domain/types';
import { useEvidence } from '../../hooks/use-current-state';
import { useReportError } from '../../hooks/use-storage-error-notice';
import { useT } from '../../hooks/use-t';
import { WizardAddForm } from './wizard-add-form';

type FeedbackTone = 'praise' | 'complaint';

/** Step 2: a few pieces of praise and complaints, stored as ordinary evidence items. */
export function FeedbackStep({ workshop }: { workshop: Workshop }) {
  const t = useT();
  const items = useEvidence(workshop.id) ?? [];
  const sources = templateContent(workshop.templateId, workshop.language)?.evidenceSources;
  return (
    <>
      <p className="lead">{t('wizard.feedback.intro')}</p>
      {sources ? (
        <p className="muted">{t('wizard.feedback.sources', { sources: sources.join(', ') })}</p>
      ) : null}
      <div className="two-columns">
        <ToneList workshop={workshop} tone="praise" items={items} />
        <ToneList workshop={workshop} tone="complaint" items={items} />
      </div>
      <datalist id={`${workshop.id}-channels`}>
        {[...(sources ?? []), ...CHANNEL_KEYS.map((key) => t(`channel.${key}`))].map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
    </>
  );
}

function ToneList({
  workshop,
  tone,
  items,
}: {
  workshop: Workshop;
  tone: FeedbackTone;
  items: EvidenceItem[];
}) {
  const t = useT();
  const id = useId();
  const reportError = useReportError();
  const [channel, setChannel] = useState('');
  // Oldest first, so the list grows downwards as the user types.
  const shown = items.filter((item) => item.tone === tone).reverse();

  const add = async (text: string) => {
    await createEvidence(workshop.id, {
      text,
      kind: 'feedback',
      tone,
      channel: channel.trim(),
      touchpointId: '',
      segmentId: '',
      date: '',
      tags: [],
      themeId: '',
      principleIds: [],
    });
    setChannel('');
  };

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>
        {t(tone === 'praise' ? 'wizard.feedback.praise' : 'wizard.feedback.complaints')}
      </h2>
      {shown.length === 0 ? <p className="muted">{t('wizard.feedback.none')}</p> : null}
      <ul className="wizard-list">
        {shown.map((item) => (
          <li key={item.id}>
            <span>
              {item.text}
              {item.channel ? <span className="muted"> ({item.channel})</span> : null}
            </span>
            <button
              type="button"
              className="button-quiet"
              aria-label={t('wizard.feedback.remove', { text: item.text })}
              onClick={() => void deleteEvidence(item.id).catch(reportError)}
            >
              ✕
            </button>
          </li>
        ))}
      </ul>
      <WizardAddForm
        maxLength={LIMITS.longText}
        label={t(tone === 'praise' ? 'wizard.feedback.addPraise' : 'wizard.feedback.addComplaint')}
        buttonLabel={t('wizard.feedback.add')}
        onAdd={add}
      >
        <div className="field">
          <label htmlFor={`${id}-channel`}>{t('wizard.feedback.channel')}</label>
          <input
            id={`${id}-channel`}
            type="text"
            list={`${workshop.id}-channels`}
            value={channel}
            maxLength={LIMITS.shortText}
            onChange={(event) => setChannel(event.target.value)}
          />
        </div>
      </WizardAddForm>
    </section>
  );
}
