import { PRINCIPLE_IDS } from '../domain/principles';
import { STAFF_STATEMENT_IDS, type RatedItem } from '../domain/staff-statements';
import type { Rating, StaffRating } from '../domain/types';
import type { Translate } from '../i18n';

/** A principle or a staff statement as a rating screen shows it. */
export type RatedItemText = { key: string; item: RatedItem; name: string; description: string };

/** The seven principles, with their names and descriptions. */
export function principleItems(t: Translate): RatedItemText[] {
  return PRINCIPLE_IDS.map((principleId) => ({
    key: principleId,
    item: { principleId },
    name: t(`principle.${principleId}`),
    description: t(`principle.${principleId}.description`),
  }));
}

/** The staff experience check's statements, with their short names and texts. */
export function staffItems(t: Translate): RatedItemText[] {
  return STAFF_STATEMENT_IDS.map((statementId) => ({
    key: statementId,
    item: { statementId },
    name: t(`staff.item.${statementId}`),
    description: t(`staff.item.${statementId}.text`),
  }));
}

/** One participant's rating of the item with this key, among principle or staff ratings. */
export function findRating<R extends Rating | StaffRating>(
  ratings: readonly R[],
  participantId: string,
  key: string,
): R | undefined {
  return ratings.find(
    (rating) =>
      rating.participantId === participantId &&
      ('statementId' in rating ? rating.statementId : rating.principleId) === key,
  );
}
