import { createStore } from 'zustand/vanilla';
import type { StorageErrorCode } from './errors';

export type SaveStatus = 'idle' | 'saving' | 'saved' | 'failed';

type SaveStatusState = {
  status: SaveStatus;
  errorCode?: StorageErrorCode;
  set: (status: SaveStatus, errorCode?: StorageErrorCode) => void;
};

/** What the save queue is doing; the header shows it (hooks/use-save-status). */
export const saveStatusStore = createStore<SaveStatusState>()((set) => ({
  status: 'idle',
  set: (status, errorCode) => set({ status, errorCode }),
}));
