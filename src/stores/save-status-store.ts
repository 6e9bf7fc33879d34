import { create } from 'zustand';
import type { StorageErrorCode } from '../db/errors';

export type SaveStatus = 'idle' | 'saving' | 'saved' | 'failed';

type SaveStatusState = {
  status: SaveStatus;
  errorCode?: StorageErrorCode;
  set: (status: SaveStatus, errorCode?: StorageErrorCode) => void;
};

export const useSaveStatusStore = create<SaveStatusState>()((set) => ({
  status: 'idle',
  set: (status, errorCode) => set({ status, errorCode }),
}));
