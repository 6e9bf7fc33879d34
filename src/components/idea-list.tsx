import type { ReactNode } from 'react';
import type { PickableIdea } from '../domain/action-ideas';
import { useT } from '../hooks/use-t';

type Props = {
  ideas: readonly PickableIdea[];
  /** The control that turns one idea into an action. */
  renderAction: (idea: PickableIdea) => ReactNode;
};

/** Action ideas with their category, each with a button beside it. */
export function IdeaList({ ideas, renderAction }: Props) {
  const t = useT();
  return (
    <ul className="idea-list">
      {ideas.map((idea) => (
        <li key={idea.title}>
          <span>
            {idea.title} <span className="muted">({t(`category.${idea.category}`)})</span>
          </span>
          {renderAction(idea)}
        </li>
      ))}
    </ul>
  );
}
