import { ValuesEditor } from '../../components/values-editor';
import { MissionVisionFields } from '../../components/workshop-fields';
import { templateContent } from '../../domain/templates';
import type { Workshop } from '../../domain/types';
import { useT } from '../../hooks/use-t';

/** Step 1: mission, vision and values, read for what they say about service. */
export function OrganisationStep({ workshop }: { workshop: Workshop }) {
  const t = useT();
  const template = templateContent(workshop.templateId, workshop.language);
  return (
    <>
      <p className="lead">{t('wizard.organisation.intro')}</p>
      {template ? (
        <p className="muted">{t('wizard.organisation.template', { name: template.name })}</p>
      ) : null}
      <MissionVisionFields workshop={workshop} />
      <ValuesEditor workshopId={workshop.id} />
    </>
  );
}
