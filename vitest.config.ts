import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  test: {
    environment: 'jsdom',
    setupFiles: ['./tests/setup.ts'],
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    // A wait budget for whole-screen tests in jsdom, not a speed limit: at load 15–20 on the
    // shared two-core machine some took 15–22 s (speed is measured in tests/perf/).
    testTimeout: 60_000,
  },
});
