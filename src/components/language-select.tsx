import { useId } from 'react';
import { LANGUAGES, type Language } from '../domain/types';
import { useT } from '../hooks/use-t';
import { useUiStore } from '../stores/ui-store';

export function LanguageSelect() {
  const t = useT();
  const id = useId();
  const language = useUiStore((state) => state.language);
  const setLanguage = useUiStore((state) => state.setLanguage);
  return (
    <div className="language-select">
      <label htmlFor={id}>{t('app.language')}</label>
      <select
        id={id}
        value={language}
        onChange={(event) => setLanguage(event.target.value as Language)}
      >
        {LANGUAGES.map((code) => (
          <option key={code} value={code} lang={code}>
            {t(`app.language.${code}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
