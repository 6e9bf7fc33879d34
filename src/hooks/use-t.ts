import { useMemo } from 'react';
import { useUiStore } from '../stores/ui-store';
import { createTranslator, type Translate } from '../i18n';

/** `t` in the UI language the user picked. */
export function useT(): Translate {
  const language = useUiStore((state) => state.language);
  return useMemo(() => createTranslator(language), [language]);
}
