import './helpers/same-realm-clone';
import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { db } from '../src/db/database';
import { loadWriteChecks } from '../src/db/write-checks';
import { onMissingMessage } from '../src/i18n';
import { useNoticeStore } from '../src/stores/notice-store';
import { saveStatusStore } from '../src/db/save-status';
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

// A key without a message shows the bare key to the user: the test that meets one fails.
const missingMessages = new Set<string>();
onMissingMessage((key, language) => missingMessages.add(`${language}:${key}`));

// As the app does once its first screen is up (main.tsx): the record schemas every write is
// checked with are loaded before the first test writes, not inside its timeout.
beforeAll(() => loadWriteChecks());

beforeEach(async () => {
  missingMessages.clear();
  // A fresh database for every test: delete and reopen the shared instance.
  db.close();
  await db.delete();
  await db.open();
  useUiStore.setState({ language: 'en' });
  useNoticeStore.setState({ notices: [] });
  saveStatusStore.setState({ status: 'idle', errorCode: undefined });
});

afterEach(() => {
  cleanup();
  expect([...missingMessages], 'messages missing when shown').toEqual([]);
});
