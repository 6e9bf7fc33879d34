import { useEffect, useId, useRef, useState } from 'react';
import type { ListEntry } from '../domain/types';
import { useDraft, type JournalTarget } from '../hooks/use-draft';
import { newId } from '../lib/ids';

type Props = {
  /** Heading of the list, e.g. "Strengths". */
  label: string;
  /** Label of one entry, numbered: "Strength 1". */
  itemLabel: (index: number) => string;
  addLabel: string;
  removeLabel: (index: number) => string;
  emptyText: string;
  saveKey: string;
  entries: ListEntry[];
  onSave: (entries: ListEntry[]) => Promise<void>;
  maxLength: number;
  journal?: JournalTarget;
};

/** A list of short texts that saves itself; Enter in an entry starts the next one. */
export function EditableList(props: Props) {
  const headingId = useId();
  const [draft, setDraft] = useDraft(props.saveKey, props.entries, props.onSave, props.journal);
  const [focusId, setFocusId] = useState<string | null>(null);
  const inputs = useRef(new Map<string, HTMLInputElement>());

  useEffect(() => {
    if (focusId) inputs.current.get(focusId)?.focus();
  }, [focusId, draft]);

  const insertAfter = (index: number) => {
    const entry = { id: newId(), text: '' };
    const next = [...draft];
    next.splice(index + 1, 0, entry);
    setDraft(next);
    setFocusId(entry.id);
  };

  const remove = (index: number) => {
    const next = draft.filter((_, i) => i !== index);
    setDraft(next);
    const neighbour = next[Math.max(0, index - 1)];
    setFocusId(neighbour ? neighbour.id : null);
  };

  return (
    <section className="editable-list" aria-labelledby={headingId}>
      <h3 id={headingId}>{props.label}</h3>
      {draft.length === 0 ? <p className="muted">{props.emptyText}</p> : null}
      <ol>
        {draft.map((entry, index) => (
          <li key={entry.id}>
            <label className="visually-hidden" htmlFor={`${headingId}-${entry.id}`}>
              {props.itemLabel(index + 1)}
            </label>
            <span className="list-number" aria-hidden="true">
              {index + 1}.
            </span>
            <input
              id={`${headingId}-${entry.id}`}
              ref={(element) => {
                if (element) inputs.current.set(entry.id, element);
                else inputs.current.delete(entry.id);
              }}
              type="text"
              value={entry.text}
              maxLength={props.maxLength}
              onChange={(event) =>
                setDraft(
                  draft.map((item) =>
                    item.id === entry.id ? { ...item, text: event.target.value } : item,
                  ),
                )
              }
              onKeyDown={(event) => {
                if (event.key === 'Enter') {
                  event.preventDefault();
                  insertAfter(index);
                }
              }}
            />
            <button
              type="button"
              className="button-quiet"
              aria-label={props.removeLabel(index + 1)}
              onClick={() => remove(index)}
            >
              ✕
            </button>
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="button-secondary"
        onClick={() => insertAfter(draft.length - 1)}
      >
        + {props.addLabel}
      </button>
    </section>
  );
}
