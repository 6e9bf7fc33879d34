import type { Workshop } from '../../domain/types';
import type { Translate } from '../../i18n';
import { COLORS, type PdfCursor } from '../layout';

const withRole = (name: string, role: string) => (role ? `${name}, ${role}` : name);

/**
 * On the summary page: who carries the change, with what mandate and time, and the management
 * sponsor's commitment in their own words. Nothing when neither is named.
 */
export function drawChangeAgent(cursor: PdfCursor, workshop: Workshop, t: Translate): void {
  if (!workshop.changeAgent && !workshop.sponsor && !workshop.commitment.trim()) return;
  cursor.heading(t('changeAgent.title'), 12);
  if (workshop.changeAgent) {
    cursor.paragraph(
      t('changeAgent.summary', {
        name: withRole(workshop.changeAgent, workshop.changeAgentRole),
      }),
      { size: 9.5 },
    );
    if (workshop.changeAgentMandate.trim())
      cursor.paragraph(
        t('changeAgent.mandateLine', { mandate: workshop.changeAgentMandate.trim() }),
        { size: 9, indent: 4 },
      );
    if (workshop.changeAgentTime)
      cursor.paragraph(t('changeAgent.timeReserved', { time: workshop.changeAgentTime }), {
        size: 9,
        indent: 4,
      });
  }
  if (workshop.sponsor)
    cursor.paragraph(
      t('changeAgent.sponsorSummary', { name: withRole(workshop.sponsor, workshop.sponsorRole) }),
      { size: 9.5 },
    );
  if (workshop.commitment.trim())
    // Finnish opens a quotation with the closing mark, English with the opening one.
    cursor.paragraph(`${workshop.language === 'fi' ? '”' : '“'}${workshop.commitment.trim()}”`, {
      size: 9.5,
      indent: 4,
      color: COLORS.accent,
    });
}
