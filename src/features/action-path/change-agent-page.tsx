import { PhasePage } from '../../components/phase-page';
import { WorkshopTextField } from '../../components/workshop-fields';
import { useCurrentWorkshop } from '../../hooks/use-workshop';
import { useT } from '../../hooks/use-t';
import './action-path.css';

/** The change agent (role, mandate, time) and the management sponsor with their commitment. */
export function ChangeAgentPage() {
  const t = useT();
  const workshop = useCurrentWorkshop();
  return (
    <PhasePage
      title={t('changeAgent.title')}
      question={t('changeAgent.question')}
      intro={t('changeAgent.guide')}
    >
      <div className="two-columns">
        <section className="card" aria-labelledby="change-agent-title">
          <h2 id="change-agent-title">{t('changeAgent.agentTitle')}</h2>
          <WorkshopTextField
            workshop={workshop}
            field="changeAgent"
            label={t('changeAgent.name')}
          />
          <WorkshopTextField
            workshop={workshop}
            field="changeAgentRole"
            label={t('changeAgent.role')}
          />
          <WorkshopTextField
            workshop={workshop}
            field="changeAgentMandate"
            label={t('changeAgent.mandate')}
            rows={3}
          />
          <WorkshopTextField
            workshop={workshop}
            field="changeAgentTime"
            label={t('changeAgent.time')}
            hint={t('changeAgent.timeHint')}
          />
        </section>
        <section className="card" aria-labelledby="sponsor-title">
          <h2 id="sponsor-title">{t('changeAgent.sponsorTitle')}</h2>
          <WorkshopTextField workshop={workshop} field="sponsor" label={t('changeAgent.name')} />
          <WorkshopTextField
            workshop={workshop}
            field="sponsorRole"
            label={t('changeAgent.role')}
          />
          <WorkshopTextField
            workshop={workshop}
            field="commitment"
            label={t('changeAgent.commitment')}
            hint={t('changeAgent.commitmentHint')}
            rows={5}
          />
        </section>
      </div>
    </PhasePage>
  );
}
