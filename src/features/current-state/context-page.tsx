import { ValuesEditor } from '../../components/values-editor';
import { MissionVisionFields } from '../../components/workshop-fields';
import { createSegment } from '../../db/repositories/current-state';
import { useSegments } from '../../hooks/use-current-state';
import { useReportError } from '../../hooks/use-storage-error-notice';
import { useCurrentWorkshop } from '../../hooks/use-workshop';
import { useT } from '../../hooks/use-t';
import { GuidingQuestions } from './guiding-questions';
import { SegmentCard } from './segment-card';
import { WordOfMouth } from './word-of-mouth';
import './current-state.css';

export function ContextPage() {
  const t = useT();
  const workshop = useCurrentWorkshop();
  const segments = useSegments(workshop.id) ?? [];
  const reportError = useReportError();

  const addSegment = async () => {
    await createSegment(workshop.id, { name: '', description: '', needs: '', importance: null });
  };

  return (
    <section className="page phase">
      <header className="phase-header">
        <h1>{t('context.title')}</h1>
        <p className="phase-question">{t('context.question')}</p>
        <GuidingQuestions text={t('context.guide')} />
      </header>
      <h2>{t('context.segments')}</h2>
      {segments.length === 0 ? <p className="muted">{t('context.empty')}</p> : null}
      <ol className="card-grid">
        {segments.map((segment, index) => (
          <SegmentCard key={segment.id} segment={segment} number={index + 1} />
        ))}
      </ol>
      <div>
        <button
          type="button"
          className="button-secondary"
          onClick={() => void addSegment().catch(reportError)}
        >
          + {t('context.addSegment')}
        </button>
      </div>
      <div className="two-columns">
        <MissionVisionFields workshop={workshop} />
      </div>
      <ValuesEditor workshopId={workshop.id} />
      <WordOfMouth workshop={workshop} />
    </section>
  );
}
