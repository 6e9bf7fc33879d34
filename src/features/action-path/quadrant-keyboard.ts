import type { ClientRect, KeyboardCoordinateGetter } from '@dnd-kit/core';

const centre = (rect: ClientRect) => ({
  x: rect.left + rect.width / 2,
  y: rect.top + rect.height / 2,
});

/**
 * An arrow key moves a picked-up card to the centre of the nearest area in that direction, so a
 * keyboard user needs one key per area rather than dozens of 25-pixel steps, and the card always
 * lands well inside the area the screen reader announces.
 */
export const quadrantKeyboardCoordinates: KeyboardCoordinateGetter = (event, { context }) => {
  const { collisionRect, droppableRects, droppableContainers, over } = context;
  if (!collisionRect) return undefined;
  const from = centre(collisionRect);
  const { code } = event;
  const vertical = code === 'ArrowUp' || code === 'ArrowDown';
  if (!vertical && code !== 'ArrowLeft' && code !== 'ArrowRight') return undefined;
  const sign = code === 'ArrowUp' || code === 'ArrowLeft' ? -1 : 1;
  event.preventDefault();
  // Areas ahead in the pressed direction. Those in line with the card (Up: an area spanning the
  // card's x) come first, nearest first; otherwise the nearest, sideways distance weighing more.
  let best: { x: number; y: number } | undefined;
  let bestScore = Infinity;
  for (const container of droppableContainers.getEnabled()) {
    // Not the area the card is over: the next key leaves it, wherever in it the card sits.
    const rect = container.id === over?.id ? undefined : droppableRects.get(container.id);
    if (!rect) continue;
    const to = centre(rect);
    const along = sign * (vertical ? to.y - from.y : to.x - from.x);
    if (along < 1) continue;
    const isInLine = vertical
      ? rect.left <= from.x && from.x <= rect.left + rect.width
      : rect.top <= from.y && from.y <= rect.top + rect.height;
    const across = Math.abs(vertical ? to.x - from.x : to.y - from.y);
    const score = isInLine ? along : 100_000 + along + 3 * across;
    if (score < bestScore) {
      bestScore = score;
      best = to;
    }
  }
  if (!best) return undefined;
  return { x: best.x - collisionRect.width / 2, y: best.y - collisionRect.height / 2 };
};
