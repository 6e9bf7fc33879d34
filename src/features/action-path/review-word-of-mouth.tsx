import { CountField } from '../../components/count-field';
import { updateReview } from '../../db/repositories/path';
import type { Review } from '../../domain/types';
import { useReportError } from '../../hooks/use-storage-error-notice';
import { useT } from '../../hooks/use-t';

type Field = 'wordOfMouthGood' | 'wordOfMouthBad';

/** Both word-of-mouth numbers as estimated at a review. */
export function ReviewWordOfMouth({ review }: { review: Review }) {
  const t = useT();
  const reportError = useReportError();
  const save = (field: Field) => (value: number | null) =>
    void updateReview(review.id, { [field]: value }).catch(reportError);
  return (
    <>
      <CountField
        label={t('wom.reviewGood')}
        value={review.wordOfMouthGood}
        onSave={save('wordOfMouthGood')}
      />
      <CountField
        label={t('wom.reviewBad')}
        value={review.wordOfMouthBad}
        onSave={save('wordOfMouthBad')}
      />
    </>
  );
}
