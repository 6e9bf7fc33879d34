import type { StaffCustomerPair } from '../domain/staff-check';
import type { Language } from '../domain/types';
import type { Translate } from '../i18n';
import { formatOneDecimal } from './numbers';

/**
 * A pair of the staff check and the customer-side result in words, saying which side is lower
 * and by how much; the screens and the PDF read the same sentence.
 */
export function staffPairText(pair: StaffCustomerPair, t: Translate, language: Language): string {
  const format = (value: number) => formatOneDecimal(value, language);
  return t(`staff.pairs.${pair.kind}`, {
    statement: t(`staff.item.${pair.statementId}`),
    principle: t(`principle.${pair.principleId}`),
    staff: format(pair.staffMean),
    customer: format(pair.customerMean),
    difference: format(pair.difference),
  });
}
