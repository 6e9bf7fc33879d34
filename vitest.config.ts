import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  test: {
    // A wait budget for whole-screen tests in jsdom, not a speed limit: at load 15–20 on the
    // shared two-core machine some took 15–22 s (speed is measured in tests/perf/).
    testTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'app',
          environment: 'jsdom',
          setupFiles: ['./tests/setup.ts'],
          include: ['tests/**/*.test.{ts,tsx}'],
          exclude: ['tests/e2e/**', 'tests/relay/**', 'node_modules/**'],
        },
      },
      {
        // Real relays on loopback (ports 4501–4519): Node, one file at a time, after the app's tests.
        extends: true,
        test: {
          name: 'relay',
          environment: 'node',
          include: ['tests/relay/**/*.test.ts'],
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
