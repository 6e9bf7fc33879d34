import { useId, useRef, useState, type FormEvent } from 'react';
import { Field } from '../../components/field';
import { createEvidence } from '../../db/repositories/current-state';
import { parseTags } from '../../domain/evidence';
import { LIMITS } from '../../domain/limits';
import type { EvidenceKind, Segment, Tone, Touchpoint } from '../../domain/types';
import { useReportError } from '../../hooks/use-storage-error-notice';
import { useT } from '../../hooks/use-t';
import { ChannelOptions } from './channel-options';
import { KindSelect, NamedSelect, ToneSelect } from './option-lists';

type Props = { workshopId: string; touchpoints: Touchpoint[]; segments: Segment[] };

/** Quick entry: type, Enter, next. Kind, tone and source stay as they were for the next item. */
export function EvidenceForm({ workshopId, touchpoints, segments }: Props) {
  const t = useT();
  const id = useId();
  const reportError = useReportError();
  const textRef = useRef<HTMLTextAreaElement>(null);
  const [text, setText] = useState('');
  const [kind, setKind] = useState<EvidenceKind>('feedback');
  const [tone, setTone] = useState<Tone>('complaint');
  const [channel, setChannel] = useState('');
  const [touchpointId, setTouchpointId] = useState('');
  const [segmentId, setSegmentId] = useState('');
  const [date, setDate] = useState('');
  const [tags, setTags] = useState('');
  const [isInvalid, setInvalid] = useState(false);

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (!text.trim()) {
      setInvalid(true);
      textRef.current?.focus();
      return;
    }
    // Cleared before the write, so the next item can be typed at once without being wiped.
    const entered = text.trim();
    setText('');
    textRef.current?.focus();
    try {
      await createEvidence(workshopId, {
        text: entered,
        kind,
        tone,
        channel: channel.trim(),
        touchpointId,
        segmentId,
        date,
        tags: parseTags(tags),
        themeId: '',
        principleIds: [],
        rejectedPrincipleIds: [],
      });
    } catch (error) {
      setText((current) => current || entered);
      reportError(error);
    }
  };

  return (
    <form className="card evidence-form" onSubmit={(event) => void submit(event)} noValidate>
      <h2>{t('evidence.new')}</h2>
      <div className="field">
        <label htmlFor={`${id}-text`}>{t('evidence.text')}</label>
        <p className="field-hint" id={`${id}-hint`}>
          {t('evidence.textHint')}
        </p>
        <textarea
          ref={textRef}
          id={`${id}-text`}
          rows={2}
          value={text}
          maxLength={LIMITS.longText}
          aria-invalid={isInvalid || undefined}
          aria-describedby={isInvalid ? `${id}-error ${id}-hint` : `${id}-hint`}
          onChange={(event) => {
            setText(event.target.value);
            setInvalid(false);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && !event.shiftKey) {
              event.preventDefault();
              void submit();
            }
          }}
        />
        {isInvalid ? (
          <p className="field-error" id={`${id}-error`}>
            {t('evidence.textRequired')}
          </p>
        ) : null}
      </div>
      <div className="evidence-fields">
        <Field label={t('evidence.kind')}>
          {(fieldId) => (
            <KindSelect id={fieldId} value={kind} onChange={(value) => value && setKind(value)} />
          )}
        </Field>
        <Field label={t('evidence.tone')}>
          {(fieldId) => (
            <ToneSelect id={fieldId} value={tone} onChange={(value) => value && setTone(value)} />
          )}
        </Field>
        <Field label={t('evidence.channel')}>
          {(fieldId) => (
            <>
              <input
                id={fieldId}
                type="text"
                list={`${id}-channels`}
                value={channel}
                maxLength={LIMITS.shortText}
                onChange={(event) => setChannel(event.target.value)}
              />
              <ChannelOptions id={`${id}-channels`} />
            </>
          )}
        </Field>
        <Field label={t('evidence.touchpoint')}>
          {(fieldId) => (
            <NamedSelect
              id={fieldId}
              value={touchpointId}
              onChange={setTouchpointId}
              emptyLabel={t('evidence.none')}
              options={touchpoints}
            />
          )}
        </Field>
        <Field label={t('evidence.segment')}>
          {(fieldId) => (
            <NamedSelect
              id={fieldId}
              value={segmentId}
              onChange={setSegmentId}
              emptyLabel={t('evidence.none')}
              options={segments}
            />
          )}
        </Field>
        <Field label={t('evidence.date')}>
          {(fieldId) => (
            <input
              id={fieldId}
              type="date"
              value={date}
              onChange={(event) => setDate(event.target.value)}
            />
          )}
        </Field>
        <Field label={t('evidence.tags')}>
          {(fieldId) => (
            <input
              id={fieldId}
              type="text"
              value={tags}
              maxLength={LIMITS.shortText}
              onChange={(event) => setTags(event.target.value)}
            />
          )}
        </Field>
      </div>
      <button type="submit" className="button-primary">
        {t('evidence.add')}
      </button>
    </form>
  );
}
