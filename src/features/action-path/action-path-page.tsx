import { PhasePage } from '../../components/phase-page';
import { RoomModeButton } from '../../components/room-mode-button';
import { isOverdue, planOrder } from '../../domain/path';
import type { Action, Indicator, Segment } from '../../domain/types';
import { useIndicators } from '../../hooks/use-assessment';
import { useSegments } from '../../hooks/use-current-state';
import { useActions, useCurrentWorkshop } from '../../hooks/use-workshop';
import { todayIso } from '../../lib/dates';
import { useT } from '../../hooks/use-t';
import { ActionRow } from './action-row';
import { ChangeAgentSummary } from './change-agent-summary';
import { PathExports } from './path-exports';
import { NewActionForm } from './new-action-form';
import { Suggestions } from './suggestions';
import { useGapOptions } from './use-gap-options';
import './action-path.css';

const NO_INDICATORS: Indicator[] = [];
const NO_ACTIONS: Action[] = [];
const NO_SEGMENTS: Segment[] = [];

export function ActionPathPage() {
  const t = useT();
  const workshop = useCurrentWorkshop();
  const actions = useActions(workshop.id);
  const indicators = useIndicators(workshop.id) ?? NO_INDICATORS;
  const gapOptions = useGapOptions(workshop.id);
  const segments = useSegments(workshop.id) ?? NO_SEGMENTS;
  const today = todayIso();
  // The chosen small improvements lead the plan, as the help text and the PDF say.
  const ordered = planOrder(actions ?? NO_ACTIONS);
  const chosen = ordered.filter((action) => action.quickWinRank !== null);
  const others = ordered.slice(chosen.length);
  const groups = [
    { key: 'chosen', title: 'quickWins.title', rows: chosen, start: 1 },
    { key: 'others', title: 'path.otherActions', rows: others, start: chosen.length + 1 },
  ] as const;
  return (
    <PhasePage title={t('phase.path')} question={t('path.question')} intro={t('path.intro')}>
      <ChangeAgentSummary workshop={workshop} />
      <NewActionForm workshopId={workshop.id} />
      <RoomModeButton workshop={workshop} activity="ideas" />
      <Suggestions workshop={workshop} />
      <h2>{t('path.actions')}</h2>
      {actions === undefined ? <p>{t('common.loading')}</p> : null}
      {actions?.length === 0 ? <p className="muted">{t('path.empty')}</p> : null}
      {groups.map((group) =>
        group.rows.length === 0 ? null : (
          <section key={group.key}>
            {chosen.length > 0 ? <h3>{t(group.title)}</h3> : null}
            <ol className="stack-list action-list" start={group.start}>
              {group.rows.map((action, index) => (
                <ActionRow
                  key={action.id}
                  action={action}
                  number={group.start + index}
                  isFirst={index === 0}
                  isLast={index === group.rows.length - 1}
                  isOverdue={isOverdue(action, today)}
                  indicators={indicators}
                  gapOptions={gapOptions}
                  segments={segments}
                />
              ))}
            </ol>
          </section>
        ),
      )}
      {actions && actions.length > 0 ? <PathExports workshop={workshop} actions={actions} /> : null}
    </PhasePage>
  );
}
