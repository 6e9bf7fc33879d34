import { useId, useMemo } from 'react';
import { AddOneForm } from '../../components/add-one-form';
import { DeleteButton } from '../../components/delete-button';
import { useDraft } from '../../hooks/use-draft';
import { createTheme, deleteTheme, updateTheme } from '../../db/repositories/current-state';
import { appendToWorkshopList } from '../../db/repositories/workshops';
import { countByTone, emptyToneCounts } from '../../domain/evidence';
import { LIMITS } from '../../domain/limits';
import type { EvidenceItem, Theme, Workshop } from '../../domain/types';
import { useReportError } from '../../hooks/use-storage-error-notice';
import { useT } from '../../hooks/use-t';
import { useNoticeStore } from '../../stores/notice-store';

type Props = {
  workshop: Workshop;
  themes: Theme[];
  items: EvidenceItem[];
  onShowTheme: (themeId: string) => void;
};

function ThemeName({ theme, number }: { theme: Theme; number: number }) {
  const t = useT();
  const [name, setName] = useDraft(`theme:${theme.id}:name`, theme.name, (value) =>
    updateTheme(theme.id, { name: value }),
  );
  return (
    <input
      type="text"
      aria-label={t('themes.rename', { n: number })}
      value={name}
      maxLength={LIMITS.shortText}
      onChange={(event) => setName(event.target.value)}
    />
  );
}

const themeOf = (item: EvidenceItem) => item.themeId;

/** Affinity grouping: named themes with their praise and complaint counts. */
export function ThemePanel({ workshop, themes, items, onShowTheme }: Props) {
  const t = useT();
  const id = useId();
  const reportError = useReportError();
  const push = useNoticeStore((state) => state.push);
  // Counted once per change of the items, not on every keystroke in the board's search.
  const counts = useMemo(() => countByTone(items, themeOf), [items]);

  const add = async (name: string) => {
    await createTheme(workshop.id, { name });
  };

  const pin = (theme: Theme, complaints: number, praise: number) => {
    const list = complaints > praise ? 'weaknesses' : 'strengths';
    appendToWorkshopList(workshop.id, list, theme.name)
      .then(() => push({ kind: 'success', message: t('evidence.pinned') }))
      .catch(reportError);
  };

  return (
    <section className="card theme-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('themes.title')}</h2>
      <p className="muted">{t('themes.guide')}</p>
      <AddOneForm
        className="inline-form"
        label={t('themes.new')}
        buttonLabel={t('themes.add')}
        onAdd={add}
      />
      {themes.length === 0 ? <p className="muted">{t('themes.empty')}</p> : null}
      <ul className="theme-list">
        {themes.map((theme, index) => {
          const count = counts.get(theme.id) ?? emptyToneCounts();
          return (
            <li key={theme.id}>
              <ThemeName theme={theme} number={index + 1} />
              <span className="muted">
                {t('themes.counts', {
                  praise: count.praise,
                  complaint: count.complaint,
                  total: count.total,
                })}
              </span>
              <span className="row-tools">
                <button
                  type="button"
                  className="button-quiet"
                  aria-label={t('themes.filter', { name: theme.name })}
                  onClick={() => onShowTheme(theme.id)}
                >
                  {t('themes.show')}
                </button>
                <button
                  type="button"
                  className="button-quiet"
                  aria-label={t('themes.pin', { name: theme.name })}
                  onClick={() => pin(theme, count.complaint, count.praise)}
                >
                  {t('evidence.pin')}
                </button>
                <DeleteButton
                  label={t('themes.delete', { name: theme.name })}
                  onDelete={() => deleteTheme(theme.id)}
                />
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
