import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

type BackupState = {
  /** When each workshop was last included in a downloaded backup (ISO). */
  lastBackupAt: Record<string, string>;
  dismissedUntil: Record<string, string>;
  markBackedUp: (workshopIds: readonly string[], at: string) => void;
  dismiss: (workshopId: string, updatedAt: string) => void;
};

/** Remembers backups, so the app can quietly remind when work has changed since the last one. */
export const useBackupStore = create<BackupState>()(
  persist(
    (set) => ({
      lastBackupAt: {},
      dismissedUntil: {},
      markBackedUp: (workshopIds, at) =>
        set((state) => ({
          lastBackupAt: {
            ...state.lastBackupAt,
            ...Object.fromEntries(workshopIds.map((id) => [id, at])),
          },
        })),
      dismiss: (workshopId, updatedAt) =>
        set((state) => ({ dismissedUntil: { ...state.dismissedUntil, [workshopId]: updatedAt } })),
    }),
    { name: 'palvelupolku.backups', version: 1, storage: createJSONStorage(() => localStorage) },
  ),
);

/** True when the workshop changed after its last backup and the reminder was not dismissed. */
export function needsBackup(
  state: Pick<BackupState, 'lastBackupAt' | 'dismissedUntil'>,
  workshop: { id: string; updatedAt: string; createdAt: string },
): boolean {
  if (workshop.updatedAt === workshop.createdAt) return false;
  if (state.dismissedUntil[workshop.id] === workshop.updatedAt) return false;
  const last = state.lastBackupAt[workshop.id];
  return !last || last < workshop.updatedAt;
}
