import { create } from 'zustand';

export type Notice = {
  id: string;
  kind: 'info' | 'success' | 'error';
  /** Already translated text. */
  message: string;
  action?: { label: string; run: () => void };
  /** Milliseconds until it hides itself; errors stay until dismissed. */
  timeoutMs?: number;
};

type NoticeState = {
  notices: Notice[];
  push: (notice: Omit<Notice, 'id'> & { id?: string }) => string;
  dismiss: (id: string) => void;
};

/** Notifications any layer can push to; the app shell shows them as toasts. */
export const useNoticeStore = create<NoticeState>()((set) => ({
  notices: [],
  push: (notice) => {
    const id = notice.id ?? crypto.randomUUID();
    set((state) => ({
      notices: [...state.notices.filter((item) => item.id !== id), { ...notice, id }],
    }));
    return id;
  },
  dismiss: (id) => set((state) => ({ notices: state.notices.filter((item) => item.id !== id) })),
}));
