/**
 * Rate limit per websocket: a token bucket for messages and one for bytes. A socket over its
 * budget is paused (ws stops reading it, TCP pushes back on the phone) until it is within budget
 * again. Nothing is dropped, so Yjs stays consistent, and other sockets never wait for it.
 */
import type WebSocket from 'ws';

export type ThrottleOptions = {
  messagesPerSecond: number;
  burstMessages: number;
  bytesPerSecond: number;
  burstBytes: number;
};

export const DEFAULT_THROTTLE: ThrottleOptions = {
  messagesPerSecond: 40,
  burstMessages: 200,
  bytesPerSecond: 256 * 1024,
  burstBytes: 2 * 1024 * 1024,
};

export type ThrottleStats = { pauses: number; throttledSockets: number };

export function createThrottle(options: ThrottleOptions) {
  const stats: ThrottleStats = { pauses: 0, throttledSockets: 0 };

  function watch(socket: WebSocket): void {
    let messages = options.burstMessages;
    let bytes = options.burstBytes;
    let last = performance.now();
    let wasThrottled = false;
    let timer: NodeJS.Timeout | undefined;
    socket.on('message', (data: Buffer | ArrayBuffer | Buffer[]) => {
      const now = performance.now();
      const seconds = (now - last) / 1000;
      last = now;
      messages =
        Math.min(options.burstMessages, messages + seconds * options.messagesPerSecond) - 1;
      const size = Array.isArray(data)
        ? data.reduce((sum, part) => sum + part.length, 0)
        : data.byteLength;
      bytes = Math.min(options.burstBytes, bytes + seconds * options.bytesPerSecond) - size;
      if ((messages >= 0 && bytes >= 0) || socket.isPaused) return;
      const waitMs =
        1000 * Math.max(-messages / options.messagesPerSecond, -bytes / options.bytesPerSecond);
      stats.pauses += 1;
      if (!wasThrottled) {
        wasThrottled = true;
        stats.throttledSockets += 1;
      }
      socket.pause();
      timer = setTimeout(() => socket.resume(), Math.ceil(waitMs));
    });
    socket.once('close', () => clearTimeout(timer));
  }

  return { watch, stats };
}
