import {
  DndContext,
  KeyboardSensor,
  PointerSensor,
  TouchSensor,
  useDraggable,
  useDroppable,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
} from '@dnd-kit/core';
import { updateAction } from '../../db/repositories/actions';
import { QUADRANT_SCORES, QUADRANTS, quadrantOf, type Quadrant } from '../../domain/path';
import type { Action } from '../../domain/types';
import { useReportError } from '../../hooks/use-storage-error-notice';
import { useT } from '../../hooks/use-t';
import { quadrantKeyboardCoordinates } from './quadrant-keyboard';

function Card({ action }: { action: Action }) {
  const { attributes, listeners, setNodeRef, transform, isDragging } = useDraggable({
    id: action.id,
  });
  const style = transform
    ? { transform: `translate(${transform.x}px, ${transform.y}px)` }
    : undefined;
  return (
    <li>
      <button
        ref={setNodeRef}
        type="button"
        className={isDragging ? 'matrix-card dragging' : 'matrix-card'}
        style={style}
        {...listeners}
        {...attributes}
      >
        {action.title}
      </button>
    </li>
  );
}

function Area({ quadrant, actions }: { quadrant: Quadrant; actions: Action[] }) {
  const t = useT();
  const { setNodeRef, isOver } = useDroppable({ id: quadrant });
  return (
    <section
      ref={setNodeRef}
      className={`matrix-area matrix-${quadrant}${isOver ? ' over' : ''}`}
      aria-label={t(`matrix.${quadrant}`)}
    >
      <h3>{t(`matrix.${quadrant}`)}</h3>
      <ul>
        {actions.map((action) => (
          <Card key={action.id} action={action} />
        ))}
      </ul>
    </section>
  );
}

/** Impact × effort: cards move between quadrants by mouse, touch or keyboard. */
export function ImpactEffortMatrix({ actions }: { actions: Action[] }) {
  const t = useT();
  const reportError = useReportError();
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(TouchSensor),
    // Instant scrolling: a smooth scroll still running when the next key arrives loses distance.
    useSensor(KeyboardSensor, {
      coordinateGetter: quadrantKeyboardCoordinates,
      scrollBehavior: 'auto',
    }),
  );
  const title = (id: string | number) => actions.find((action) => action.id === id)?.title ?? '';
  const area = (id: string | number | undefined) => (id ? t(`matrix.${id as Quadrant}`) : '');
  const announcements: Announcements = {
    onDragStart: ({ active }) => t('matrix.picked', { title: title(active.id) }),
    onDragOver: ({ active, over }) =>
      over
        ? t('matrix.over', { title: title(active.id), quadrant: area(over.id) })
        : t('matrix.overNone', { title: title(active.id) }),
    onDragEnd: ({ active, over }) =>
      over
        ? t('matrix.dropped', { title: title(active.id), quadrant: area(over.id) })
        : t('matrix.cancelled', { title: title(active.id) }),
    onDragCancel: ({ active }) => t('matrix.cancelled', { title: title(active.id) }),
  };
  const drop = ({ active, over }: DragEndEvent) => {
    const quadrant = over?.id as Quadrant | undefined;
    if (!quadrant || quadrant === 'unrated') return;
    const action = actions.find((item) => item.id === active.id);
    if (action && quadrantOf(action) !== quadrant)
      updateAction(action.id, QUADRANT_SCORES[quadrant]).catch(reportError);
  };
  const inQuadrant = (quadrant: Quadrant) =>
    actions.filter((action) => quadrantOf(action) === quadrant);
  return (
    <DndContext
      sensors={sensors}
      // The page scrolls only when the pointer is close to the window's edge: with dnd-kit's
      // default (a fifth of the window) a card held over a top area scrolled the page away
      // under it, and the drop landed nowhere.
      autoScroll={{ threshold: { x: 0.05, y: 0.08 } }}
      onDragEnd={drop}
      accessibility={{
        announcements,
        screenReaderInstructions: { draggable: t('matrix.instructions') },
      }}
    >
      <div className="matrix">
        <p className="matrix-axis matrix-axis-y">{t('action.impact')} ↑</p>
        <div className="matrix-grid">
          {QUADRANTS.map((quadrant) => (
            <Area key={quadrant} quadrant={quadrant} actions={inQuadrant(quadrant)} />
          ))}
        </div>
        <p className="matrix-axis matrix-axis-x">{t('action.effort')} →</p>
      </div>
      <Area quadrant="unrated" actions={inQuadrant('unrated')} />
    </DndContext>
  );
}
