import { useMemo } from 'react';
import type { Language } from '../domain/types';
import { createTranslator, type Translate } from '../i18n';

/**
 * `t` in a workshop's own language, for texts written into its data (default names of stages,
 * indicators and participants, "copy" in a duplicate's title): an English screen on a Finnish
 * workshop must not put English into its Finnish plan.
 */
export function useWorkshopT(language: Language): Translate {
  return useMemo(() => createTranslator(language), [language]);
}
