type Props = {
  count: number;
  canAdd: boolean;
  /** What each button and the count say to screen readers. */
  labels: { remove: string; add: string; count: string };
  onVote: (delta: 1 | -1) => void;
  /** The room's large buttons, for a tablet passed round. */
  isLarge?: boolean;
};

/** − and + around a row of dots: one person's dot votes on one action. */
export function DotButtons({ count, canAdd, labels, onVote, isLarge = false }: Props) {
  const buttonClass = isLarge ? 'button-secondary' : 'button-quiet';
  return (
    <>
      <button
        type="button"
        className={buttonClass}
        disabled={count === 0}
        aria-label={labels.remove}
        onClick={() => onVote(-1)}
      >
        −
      </button>
      <span className={isLarge ? 'room-vote-count' : undefined}>
        <span aria-hidden="true">{'●'.repeat(count) || '·'}</span>
        <span className="visually-hidden">{labels.count}</span>
      </span>
      <button
        type="button"
        className={buttonClass}
        disabled={!canAdd}
        aria-label={labels.add}
        onClick={() => onVote(1)}
      >
        +
      </button>
    </>
  );
}
