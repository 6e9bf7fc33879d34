import { AutosaveField } from '../../components/autosave-field';
import { updateWorkshop } from '../../db/repositories/workshops';
import { LIMITS } from '../../domain/limits';
import { templateContent } from '../../domain/templates';
import type { Workshop } from '../../domain/types';
import { useT } from '../../i18n/use-t';

/** Step 1: mission and vision, read for what they say about service. */
export function OrganisationStep({ workshop }: { workshop: Workshop }) {
  const t = useT();
  const template = templateContent(workshop.templateId, workshop.language);
  return (
    <>
      <p className="lead">{t('wizard.organisation.intro')}</p>
      {template ? (
        <p className="muted">{t('wizard.organisation.template', { name: template.name })}</p>
      ) : null}
      <AutosaveField
        label={t('context.mission')}
        multiline
        rows={3}
        maxLength={LIMITS.longText}
        saveKey={`workshop:${workshop.id}:mission`}
        journal={{ table: 'workshops', id: workshop.id, field: 'mission' }}
        value={workshop.mission}
        onSave={(mission) => updateWorkshop(workshop.id, { mission })}
      />
      <AutosaveField
        label={t('context.vision')}
        multiline
        rows={3}
        maxLength={LIMITS.longText}
        saveKey={`workshop:${workshop.id}:vision`}
        journal={{ table: 'workshops', id: workshop.id, field: 'vision' }}
        value={workshop.vision}
        onSave={(vision) => updateWorkshop(workshop.id, { vision })}
      />
    </>
  );
}
