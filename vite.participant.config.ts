import { defineConfig } from 'vite';

/**
 * The participant page for phones: its own small build (no React, no Dexie, no service worker),
 * served by the relay from dist-participant/. `npm run relay` builds it first.
 */
export default defineConfig({
  root: 'src/participant',
  base: './',
  publicDir: false,
  build: {
    outDir: '../../dist-participant',
    emptyOutDir: true,
    target: 'es2020',
    // No inline modulepreload polyfill: the relay's Content-Security-Policy allows no inline script.
    modulePreload: { polyfill: false },
  },
});
