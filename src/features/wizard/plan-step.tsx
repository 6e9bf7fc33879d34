import { useState } from 'react';
import { Link } from 'react-router';
import { paths } from '../../config/paths';
import { loadWorkshopContent } from '../../db/repositories/workshop-content';
import type { Workshop } from '../../domain/types';
import { useRatings } from '../../hooks/use-assessment';
import { useEvidence, useJourney } from '../../hooks/use-current-state';
import { useActions } from '../../hooks/use-workshop';
import { useT } from '../../i18n/use-t';
import { downloadBlob } from '../../lib/download';
import { flushSaves } from '../../lib/save-queue';
import { useNoticeStore } from '../../stores/notice-store';
import { useReportOptionsStore } from '../../stores/report-options-store';

/** Step 9: the same PDF action plan as the report screen, one click away. */
export function PlanStep({ workshop }: { workshop: Workshop }) {
  const t = useT();
  const push = useNoticeStore((state) => state.push);
  const options = useReportOptionsStore((state) => state.options);
  const evidence = useEvidence(workshop.id) ?? [];
  const moments = (useJourney(workshop.id)?.touchpoints ?? []).filter((tp) => tp.isCritical);
  const ratings = useRatings(workshop.id) ?? [];
  const actions = useActions(workshop.id) ?? [];
  const [isBusy, setBusy] = useState(false);
  const rated = new Set(
    ratings.filter((rating) => rating.score !== null).map((rating) => rating.principleId),
  ).size;

  const download = async () => {
    setBusy(true);
    try {
      await flushSaves();
      // jsPDF and the fonts load only now, as on the report screen.
      const { exportActionPlan } = await import('../../pdf/export-action-plan');
      const content = await loadWorkshopContent(workshop.id);
      if (!content) throw new Error('Workshop vanished before export');
      const plan = await exportActionPlan(
        { ...content, generatedAt: new Date().toISOString() },
        options,
      );
      downloadBlob(plan.blob, plan.fileName);
      push({ kind: 'success', message: t('report.exported', { fileName: plan.fileName }) });
    } catch (error) {
      console.error(error);
      push({ kind: 'error', message: t('report.exportFailed') });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <p className="lead">
        {t('wizard.plan.intro', { language: t(`language.${workshop.language}`) })}
      </p>
      <p>
        {t('wizard.plan.summary', {
          evidence: evidence.length,
          moments: moments.length,
          rated,
          actions: actions.length,
        })}
      </p>
      <div className="button-row">
        <button
          type="button"
          className="button-primary"
          disabled={isBusy}
          onClick={() => void download()}
        >
          {isBusy ? t('wizard.plan.preparing') : t('wizard.plan.download')}
        </button>
        <Link className="button-secondary" to={paths.phase(workshop.id, 'report')}>
          {t('wizard.plan.moreOptions')}
        </Link>
      </div>
    </>
  );
}
