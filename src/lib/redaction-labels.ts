import { redactContent, type RedactionLabels } from '../domain/privacy/redact-content';
import type { Language } from '../domain/types';
import type { WorkshopContent } from '../domain/workshop-content';
import { createTranslator } from '../i18n';

/** Replacement texts in the given language ("[asiakas]", "Participant 3"…). */
export function redactionLabels(language: Language): RedactionLabels {
  const t = createTranslator(language);
  return {
    customer: t('privacy.label.customer'),
    staff: t('privacy.label.staff'),
    participant: t('privacy.label.participant'),
    removed: t('privacy.label.removed'),
    participantN: (n) => t('privacy.label.participantN', { n }),
  };
}

/** The redacted copy of a workshop for export, in the workshop's own language. */
export function redactForExport(content: WorkshopContent): WorkshopContent {
  return redactContent(content, redactionLabels(content.workshop.language));
}
