import { useEffect, useState } from 'react';

export type RelayReach = 'checking' | 'reachable' | 'unreachable';

const CHECK_EVERY_MS = 5_000;
const TIMEOUT_MS = 4_000;
const LOOPBACK = /^https?:\/\/(?:127\.|localhost[:/]|\[::1\])/;

/** The participant page addresses the relay gave, LAN ones first (a phone cannot use loopback). */
function pageAddresses(body: unknown): string[] {
  const pages = (body as { pages?: unknown })?.pages;
  if (!Array.isArray(pages)) return [];
  const valid = pages.filter(
    (page): page is string => typeof page === 'string' && /^https?:\/\//.test(page),
  );
  return [
    ...valid.filter((page) => !LOOPBACK.test(page)),
    ...valid.filter((page) => LOOPBACK.test(page)),
  ];
}

/**
 * Whether the relay answers over http, and the addresses it gives for the phones. Asked again
 * every few seconds while the room is not connected, so the message goes once the relay is up.
 */
export function useRelayStatus(relayUrl: string, isConnected: boolean) {
  const [reach, setReach] = useState<RelayReach>('checking');
  const [pages, setPages] = useState<string[]>([]);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let isStopped = false;
    const check = async () => {
      try {
        const response = await fetch(`${relayUrl}/api/addresses`, {
          cache: 'no-store',
          signal: AbortSignal.timeout(TIMEOUT_MS),
        });
        if (!response.ok) throw new Error(String(response.status));
        const found = pageAddresses(await response.json());
        if (isStopped) return;
        setPages(found);
        setReach('reachable');
      } catch {
        if (!isStopped) setReach('unreachable');
      }
    };
    void check();
    const timer = isConnected ? null : setInterval(() => void check(), CHECK_EVERY_MS);
    return () => {
      isStopped = true;
      if (timer) clearInterval(timer);
    };
  }, [relayUrl, isConnected, attempt]);

  return {
    reach: isConnected ? ('reachable' as const) : reach,
    /** Where phones open the page: the first LAN address, or the relay itself. */
    pageUrl: pages[0] ?? `${relayUrl}/`,
    isLoopbackOnly: pages.length > 0 && pages.every((page) => LOOPBACK.test(page)),
    retry: () => {
      setReach('checking');
      setAttempt((count) => count + 1);
    },
  };
}
