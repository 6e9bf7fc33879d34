import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { Language } from '../domain/types';
import { DEFAULT_RELAY } from '../config/relay';
import { browserLanguage } from '../i18n';

type UiState = {
  language: Language;
  setLanguage: (language: Language) => void;
  /** The live-room relay's http(s) address the facilitator chose. */
  relayUrl: string;
  setRelayUrl: (relayUrl: string) => void;
};

/** Small UI preferences, remembered in localStorage. Workshop data never goes here. */
export const useUiStore = create<UiState>()(
  persist(
    (set) => ({
      language: browserLanguage(),
      setLanguage: (language) => set({ language }),
      relayUrl: DEFAULT_RELAY,
      setRelayUrl: (relayUrl) => set({ relayUrl }),
    }),
    {
      name: 'palvelupolku.ui',
      version: 1,
      storage: createJSONStorage(() => localStorage),
      migrate: (persisted) => persisted as UiState,
    },
  ),
);
