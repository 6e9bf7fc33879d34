/** What every view gets: the room, the page's own state and a way to act on the room. */
import type { EvidenceTone } from '../../domain/live-room/types';
import type { ParticipantRoom, WriteResult } from '../../live-room-client/participant';
import { t } from '../texts';

export type Ui = {
  /** The own entry being changed, with its edited text. */
  editingId: string;
  editText: string;
  ideaDraft: string;
  evidenceDraft: { text: string; tone: EvidenceTone; touchpointId: string };
  /** Feedback on the last action, read out by screen readers. */
  message: string;
  isChoosingName: boolean;
  nameDraft: string;
  nameError: boolean;
};

export type Ctx = {
  room: ParticipantRoom;
  ui: Ui;
  render(): void;
  /** Shows why a write was refused; runs `then` when it went through. */
  act(result: WriteResult, then?: () => void): void;
};

export function newUi(): Ui {
  return {
    editingId: '',
    editText: '',
    ideaDraft: '',
    evidenceDraft: { text: '', tone: 'neutral', touchpointId: '' },
    message: '',
    isChoosingName: false,
    nameDraft: '',
    nameError: false,
  };
}

export function reasonText(reason: string): string {
  const key = `reason.${reason}` as Parameters<typeof t>[0];
  return t(key);
}
