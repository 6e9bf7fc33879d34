import { TaskProgress } from '../../components/task-progress';
import { useT } from '../../hooks/use-t';

/** The steps of a restore after the file is read (a protected file's unlocking comes first). */
export type RestoreStep = 'checking' | 'writing';
const STEPS: readonly RestoreStep[] = ['checking', 'writing'];

/** Where a restore is: "Step 2 of 3: saving on this device", with the bar at the steps done. */
export function RestoreProgress({ step, wasLocked }: { step: RestoreStep; wasLocked: boolean }) {
  const t = useT();
  const steps = STEPS.length + (wasLocked ? 1 : 0);
  const number = STEPS.indexOf(step) + 1 + (wasLocked ? 1 : 0);
  return (
    <TaskProgress
      label={t('data.restore.progress')}
      percent={Math.round((100 * (number - 1)) / steps)}
      detail={t(`data.restore.${step}`, { step: number, steps })}
    />
  );
}
