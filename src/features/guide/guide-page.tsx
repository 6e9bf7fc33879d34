import { PRINCIPLE_IDS } from '../../domain/principles';
import { useT } from '../../i18n/use-t';

const PHASES = ['guide.phase1', 'guide.phase2', 'guide.phase3'] as const;
const STEPS = [
  'guide.step1',
  'guide.step2',
  'guide.step3',
  'guide.step4',
  'guide.step5',
  'guide.step6',
  'guide.step7',
] as const;
const TIPS = ['guide.tip1', 'guide.tip2', 'guide.tip3', 'guide.tip4'] as const;

/** A short guide to the method, in our own words. */
export function GuidePage() {
  const t = useT();
  return (
    <section className="page narrow guide">
      <h1>{t('guide.title')}</h1>
      <p className="lead">{t('guide.intro')}</p>
      <h2>{t('guide.phases')}</h2>
      <ol>
        {PHASES.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ol>
      <h2>{t('guide.principles')}</h2>
      <dl className="principle-list">
        {PRINCIPLE_IDS.map((id) => (
          <div key={id}>
            <dt>{t(`principle.${id}`)}</dt>
            <dd>{t(`principle.${id}.description`)}</dd>
          </div>
        ))}
      </dl>
      <h2>{t('guide.running')}</h2>
      <ol>
        {STEPS.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ol>
      <h2>{t('guide.tips')}</h2>
      <ul>
        {TIPS.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ul>
    </section>
  );
}
