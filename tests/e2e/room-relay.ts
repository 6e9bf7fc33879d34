/** A real relay on loopback serving the participant page, and a facilitator made with the client module. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Browser, type Page } from '@playwright/test';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { startRelay, type Relay } from '../../relay/relay';
import type { Language } from '../../src/domain/types';
import {
  newRoomCredentials,
  openFacilitatorRoom,
  prepareRoom,
  type FacilitatorRoom,
} from '../../src/live-room-client/facilitator';

export type PageRelay = {
  /** The participant page's address. */
  page: string;
  current(): Relay;
  /** Starts it again on the same port and data (after `stop`). */
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Stops it and removes its data. */
  dispose(): Promise<void>;
};

export async function startPageRelay(port: number): Promise<PageRelay> {
  const dataDir = mkdtempSync(join(tmpdir(), 'pp-e2e-relay-'));
  let relay: Relay | null = null;
  const start = async () => {
    relay = await startRelay({
      host: '127.0.0.1',
      port,
      dataDir,
      pageDir: join(process.cwd(), 'dist-participant'),
    });
  };
  const stop = async () => {
    await relay?.close();
    relay = null;
  };
  await start();
  return {
    page: `http://127.0.0.1:${port}/`,
    current: () => {
      if (!relay) throw new Error('the relay is stopped');
      return relay;
    },
    start,
    stop,
    async dispose() {
      await stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function connectedFacilitator(
  port: number,
  language: Language = 'fi',
): Promise<FacilitatorRoom> {
  const credentials = newRoomCredentials();
  const publicDoc = new Y.Doc();
  prepareRoom(publicDoc, {
    code: credentials.code,
    language,
    title: language === 'fi' ? 'Asiakaskokemuksen työpaja' : 'Customer experience workshop',
  });
  const host = openFacilitatorRoom({
    url: `ws://127.0.0.1:${port}`,
    credentials,
    publicDoc,
    facilitatorDoc: new Y.Doc(),
    WebSocketPolyfill: WebSocket,
  });
  await expect.poll(() => host.state()).toBe('connected');
  return host;
}

/** A phone (390 × 844, touch, Finnish) that opens the join link and joins, by name or anonymously. */
export async function joinPhone(browser: Browser, link: string, name: string): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    hasTouch: true,
    isMobile: true,
    locale: 'fi-FI',
  });
  const page = await context.newPage();
  await page.goto(link);
  if (name) {
    await page.getByLabel('Nimesi (vapaaehtoinen)').fill(name);
    await page.getByRole('button', { name: 'Osallistun omalla nimelläni' }).tap();
  } else {
    await page.getByRole('button', { name: 'Osallistun nimettömänä' }).tap();
  }
  return page;
}

/** The phone shows this many of its answers as received by the relay. */
export const received = (page: Page, count: number) =>
  expect(page.getByText('Vastaanotettu')).toHaveCount(count);
