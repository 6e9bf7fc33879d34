import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  TouchSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
} from '@dnd-kit/core';
import {
  SortableContext,
  sortableKeyboardCoordinates,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { deleteAgendaStep, moveAgendaStep, restoreAgendaStep } from '../../db/repositories/agenda';
import { plannedClockTimes } from '../../domain/agenda';
import type { AgendaStep } from '../../domain/types';
import { useReportError } from '../../hooks/use-storage-error-notice';
import { useT } from '../../hooks/use-t';
import { useNoticeStore } from '../../stores/notice-store';
import { AgendaStepRow } from './agenda-step-row';

type Props = {
  steps: AgendaStep[];
  startTime: string;
  runningStepId: string | undefined;
  onRun: (stepId: string) => void;
};

/** The agenda's steps; reorder by drag (mouse, touch, keyboard) or with the move buttons. */
export function AgendaList({ steps, startTime, runningStepId, onRun }: Props) {
  const t = useT();
  const push = useNoticeStore((state) => state.push);
  const reportError = useReportError();
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(TouchSensor),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const times = plannedClockTimes(steps, startTime);
  const ids = steps.map((step) => step.id);
  const title = (id: string | number) => steps.find((step) => step.id === id)?.title ?? '';
  const position = (id: string | number | undefined) => ids.indexOf(String(id)) + 1;
  const announcements: Announcements = {
    onDragStart: ({ active }) => t('agenda.picked', { title: title(active.id) }),
    onDragOver: ({ active, over }) =>
      over ? t('agenda.over', { title: title(active.id), position: position(over.id) }) : undefined,
    onDragEnd: ({ active, over }) =>
      over
        ? t('agenda.dropped', { title: title(active.id), position: position(over.id) })
        : t('agenda.cancelled', { title: title(active.id) }),
    onDragCancel: ({ active }) => t('agenda.cancelled', { title: title(active.id) }),
  };

  // Moves are worked out from the stored order, not this render's (see moveAgendaStep).
  const move = (stepId: string, target: { by: -1 | 1 } | { to: string }) =>
    void moveAgendaStep(stepId, target).catch(reportError);
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (over && over.id !== active.id) move(String(active.id), { to: String(over.id) });
  };
  const remove = async (step: AgendaStep) => {
    const removed = await deleteAgendaStep(step.id);
    if (!removed) return;
    push({
      kind: 'info',
      message: t('agenda.deleted', { title: step.title }),
      timeoutMs: 8000,
      action: {
        label: t('agenda.undo'),
        run: () => void restoreAgendaStep(removed).catch(reportError),
      },
    });
  };

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      onDragEnd={onDragEnd}
      accessibility={{ announcements }}
    >
      <SortableContext items={ids} strategy={verticalListSortingStrategy}>
        <ol className="stack-list agenda-list" aria-label={t('agenda.steps')}>
          {steps.map((step, index) => (
            <AgendaStepRow
              key={step.id}
              step={step}
              number={index + 1}
              clockTime={times.get(step.id) ?? ''}
              isFirst={index === 0}
              isLast={index === steps.length - 1}
              isRunning={step.id === runningStepId}
              onMove={(direction) => move(step.id, { by: direction })}
              onDelete={() => void remove(step).catch(reportError)}
              onRun={() => onRun(step.id)}
            />
          ))}
        </ol>
      </SortableContext>
    </DndContext>
  );
}
