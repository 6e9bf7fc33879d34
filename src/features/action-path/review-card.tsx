import { useId } from 'react';
import { AutosaveField } from '../../components/autosave-field';
import { DeleteButton } from '../../components/delete-button';
import { LazyDetails } from '../../components/lazy-details';
import { useDraft } from '../../hooks/use-draft';
import { useOptimisticEdit } from '../../hooks/use-optimistic-edit';
import { deleteReview, updateReview } from '../../db/repositories/path';
import { LIMITS } from '../../domain/limits';
import type {
  Action,
  ActionStatus,
  Indicator,
  Language,
  Participant,
  Rating,
  Review,
  StaffRating,
} from '../../domain/types';
import { useReportError } from '../../hooks/use-storage-error-notice';
import { useT } from '../../hooks/use-t';
import { StatusSelect } from './status-select';
import { ReviewRerating } from './review-rerating';
import { RoutineChecks } from './routine-checks';
import { ReviewReadings } from './review-readings';
import { ReviewWordOfMouth } from './review-word-of-mouth';

type Props = {
  review: Review;
  /** The workshop's change agent, whose report each review asks for; '' when none is named. */
  changeAgent: string;
  number: number;
  actions: Action[];
  participants: Participant[];
  ratings: Rating[];
  /** Staff ratings of the workshop and every review. */
  staffRatings: StaffRating[];
  indicators: Indicator[];
  language: Language;
};

function ReviewText({
  review,
  field,
  label,
}: {
  review: Review;
  field: 'reporter' | 'format' | 'notes' | 'changeAgentReport';
  label: string;
}) {
  const isNotes = field === 'notes' || field === 'changeAgentReport';
  return (
    <AutosaveField
      className={isNotes ? 'field wide' : 'field'}
      label={label}
      saveKey={`review:${review.id}:${field}`}
      value={review[field]}
      onSave={(text) => updateReview(review.id, { [field]: text })}
      multiline={isNotes}
      rows={2}
      maxLength={isNotes ? LIMITS.longText : LIMITS.shortText}
    />
  );
}

function ActionNote({
  reviewId,
  action,
  note,
  onSave,
}: {
  reviewId: string;
  action: Action;
  note: string;
  onSave: (note: string) => Promise<void>;
}) {
  const t = useT();
  const [value, setValue] = useDraft(`review:${reviewId}:note:${action.id}`, note, onSave);
  return (
    <input
      type="text"
      aria-label={t('followUp.actionNote', { title: action.title })}
      placeholder={t('followUp.notes')}
      value={value}
      maxLength={LIMITS.listEntry}
      onChange={(event) => setValue(event.target.value)}
    />
  );
}

export function ReviewCard(props: Props) {
  const { review, number, changeAgent, actions, participants, ratings } = props;
  const t = useT();
  const id = useId();
  const reportError = useReportError();
  const save = (patch: Partial<Review>) => void updateReview(review.id, patch).catch(reportError);
  // A choice shows at once and stays while its write travels (a quick second click keeps it).
  const held = useOptimisticEdit(review.isHeld, (isHeld) => updateReview(review.id, { isHeld }));
  const noteOf = (actionId: string) =>
    review.actionNotes.find((note) => note.actionId === actionId);
  const setNote = (action: Action, patch: { status?: ActionStatus; note?: string }) => {
    const current = noteOf(action.id) ?? { actionId: action.id, status: action.status, note: '' };
    const others = review.actionNotes.filter((note) => note.actionId !== action.id);
    const actionNotes = [
      ...others,
      { ...current, ...patch, note: (patch.note ?? current.note).slice(0, LIMITS.listEntry) },
    ];
    return updateReview(review.id, { actionNotes });
  };
  return (
    <li className="card">
      <fieldset className="review-fields">
        <legend>{t('followUp.review', { n: number })}</legend>
        <div className="field">
          <label htmlFor={`${id}-date`}>{t('followUp.date')}</label>
          <input
            id={`${id}-date`}
            type="date"
            value={review.date}
            onChange={(event) => save({ date: event.target.value })}
          />
        </div>
        <ReviewText review={review} field="reporter" label={t('followUp.reporter')} />
        <ReviewText review={review} field="format" label={t('followUp.format')} />
        <label className="choice">
          <input
            type="checkbox"
            checked={held.value}
            onChange={(event) => held.change(event.target.checked)}
          />
          {t('followUp.held')}
        </label>
        <ReviewText review={review} field="notes" label={t('followUp.notes')} />
        <ReviewWordOfMouth review={review} />
        <ReviewText
          review={review}
          field="changeAgentReport"
          label={
            changeAgent ? t('changeAgent.reportBy', { name: changeAgent }) : t('changeAgent.report')
          }
        />
      </fieldset>
      <ReviewReadings review={review} indicators={props.indicators} language={props.language} />
      <RoutineChecks review={review} actions={actions} />
      <LazyDetails summary={t('followUp.actions')}>
        <ul className="review-actions">
          {actions.map((action) => (
            <li key={action.id}>
              <strong>{action.title}</strong>
              <label className="visually-hidden" htmlFor={`${id}-${action.id}-status`}>
                {t('followUp.actionStatus', { title: action.title })}
              </label>
              <StatusSelect
                id={`${id}-${action.id}-status`}
                value={noteOf(action.id)?.status ?? action.status}
                onChange={(status) => void setNote(action, { status }).catch(reportError)}
              />
              <ActionNote
                reviewId={review.id}
                action={action}
                note={noteOf(action.id)?.note ?? ''}
                onSave={(note) => setNote(action, { note })}
              />
            </li>
          ))}
        </ul>
      </LazyDetails>
      <ReviewRerating
        kind="principles"
        review={review}
        participants={participants}
        ratings={ratings}
      />
      <ReviewRerating
        kind="staff"
        review={review}
        participants={participants}
        ratings={props.staffRatings}
      />
      <DeleteButton
        label={t('followUp.delete', { n: number })}
        onDelete={() => deleteReview(review.id)}
      />
    </li>
  );
}
