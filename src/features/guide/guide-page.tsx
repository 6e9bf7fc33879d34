import { Link } from 'react-router';
import { paths } from '../../config/paths';
import { PRINCIPLE_IDS } from '../../domain/principles';
import { useT } from '../../hooks/use-t';
import './guide.css';

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
/** One line per step of the self-assessment wizard, in the wizard's order. */
const SELF_STEPS = [
  'guide.self1',
  'guide.self2',
  'guide.self3',
  'guide.self4',
  'guide.selfStaff',
  'guide.self8',
  'guide.self5',
  'guide.self6',
  'guide.self9',
  'guide.self7',
] as const;
const TEMPLATE_NOTES = [
  'guide.templatesSectors',
  'guide.templatesEdit',
  'guide.templatesEarlier',
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
      <h2>{t('guide.self')}</h2>
      <p>{t('guide.selfIntro', { count: SELF_STEPS.length })}</p>
      <ol>
        {SELF_STEPS.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ol>
      <p className="muted">{t('guide.selfTip')}</p>
      <h2>{t('guide.templates')}</h2>
      <p>{t('guide.templatesIntro')}</p>
      <ul>
        {TEMPLATE_NOTES.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ul>
      <p>
        <Link to={paths.newWorkshop()}>{t('home.new')}</Link>
      </p>
      <h2>{t('guide.tips')}</h2>
      <ul>
        {TIPS.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ul>
    </section>
  );
}
