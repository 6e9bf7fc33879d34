import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach } from 'vitest';
import { db } from '../src/db/database';
import { loadWriteChecks } from '../src/db/write-checks';
import { useNoticeStore } from '../src/stores/notice-store';
import { useSaveStatusStore } from '../src/stores/save-status-store';
import { useUiStore } from '../src/stores/ui-store';

// jsdom has no modal dialogs yet; Chromium does (the end-to-end tests use the real one).
if (!HTMLDialogElement.prototype.showModal) {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
}

// The first visit to a phase screen compiles its lazy chunk, which on a loaded machine takes
// longer than Testing Library's default second.
configure({ asyncUtilTimeout: 5000 });

// As the app does once its first screen is up (main.tsx): the record schemas every write is
// checked with are loaded before the first test writes, not inside its timeout.
beforeAll(() => loadWriteChecks());

beforeEach(async () => {
  // A fresh database for every test: delete and reopen the shared instance.
  db.close();
  await db.delete();
  await db.open();
  useUiStore.setState({ language: 'en' });
  useNoticeStore.setState({ notices: [] });
  useSaveStatusStore.setState({ status: 'idle', errorCode: undefined });
});

afterEach(() => {
  cleanup();
});
