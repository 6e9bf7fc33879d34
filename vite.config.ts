import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig, type Plugin } from 'vite';
import { readFileSync } from 'node:fs';
import { relayConnectSources } from './src/config/relay-policy.ts';

/** connect-src admits the app itself and the live-room relays of src/config/relay-policy.ts only. */
const withRelays = (policy: string) =>
  policy.replace(
    "connect-src 'self';",
    `connect-src 'self' ${relayConnectSources(process.env.VITE_LIVE_RELAY ?? '').join(' ')};`,
  );

function relayPolicy(): Plugin {
  return { name: 'palvelupolku-relay-policy', transformIndexHtml: withRelays };
}

/**
 * The app root (router, shell, screens) is imported once the first screen is on (src/main.tsx);
 * its chunks are fetched beside the entry's, so that import finds them in the module map.
 */
function preloadAppRoot(): Plugin {
  return {
    name: 'palvelupolku-preload-app-root',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        if (!bundle) return html;
        const chunks = Object.values(bundle).filter((output) => output.type === 'chunk');
        const root = chunks.find((chunk) =>
          chunk.facadeModuleId?.endsWith('/src/app/app-root.tsx'),
        );
        if (!root) return html;
        const files = new Set<string>();
        const visit = (fileName: string) => {
          if (files.has(fileName)) return;
          files.add(fileName);
          chunks.find((chunk) => chunk.fileName === fileName)?.imports.forEach(visit);
        };
        visit(root.fileName);
        return [...files]
          .filter((file) => !html.includes(`/${file}"`))
          .map((file) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `/${file}` },
            injectTo: 'head' as const,
          }));
      },
    },
  };
}

/** The policy of index.html's meta tag, written once there and sent as a header too. */
const metaPolicy = withRelays(
  /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(
    readFileSync('index.html', 'utf8'),
  )?.[1] ?? "default-src 'self'",
);

/** What a host should send with the app (README, Deployment); `npm start` sends the same. */
export const SECURITY_HEADERS = {
  // frame-ancestors works only as a header: no page may frame the app (clickjacking).
  'Content-Security-Policy': `${metaPolicy}; frame-ancestors 'none'`,
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

export default defineConfig({
  plugins: [
    react(),
    relayPolicy(),
    preloadAppRoot(),
    VitePWA({
      // 'prompt', not 'autoUpdate': an automatic reload could drop typing that is still in the debounce.
      registerType: 'prompt',
      injectRegister: false,
      manifest: {
        name: 'Palvelupolku',
        short_name: 'Palvelupolku',
        description: 'Service-culture workshops: current state, target state, path of actions.',
        lang: 'fi',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#f7f5f0',
        theme_color: '#1d4e5f',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          {
            src: '/icons/icon-512-maskable.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,ttf,webmanifest}'],
        // jsPDF's optional html2canvas / DOMPurify / canvg chunks are never used by our report.
        globIgnores: ['**/html2canvas*', '**/purify*', '**/canvg*', '**/index.es-*'],
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        navigateFallback: '/index.html',
      },
    }),
  ],
  build: { target: 'es2022', chunkSizeWarningLimit: 700 },
  // Module workers (the PDF, CSV and restore workers): jsPDF splits its optional parts into
  // chunks, which only the 'es' format can load.
  worker: { format: 'es' },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true, headers: SECURITY_HEADERS },
});
