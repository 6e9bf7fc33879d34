/** The build output (gzip): what index.html loads up front, and every lazy chunk. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export type Asset = { file: string; bytes: number; gzip: number };
export type BuildOutput = {
  initial: Asset[];
  lazy: Asset[];
  all: Map<string, Asset>;
};

const gzipKb = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).length / 1024;

/**
 * What index.html loads up front (entry script, modulepreloads, stylesheets) versus every other
 * JS/CSS file in dist/assets, which the app fetches only when a screen or feature needs it.
 */
export function measureBuild(distDir: string): BuildOutput {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const upFront = new Set(
    [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map((match) => match[1]!),
  );
  const all = new Map<string, Asset>();
  for (const name of readdirSync(join(distDir, 'assets'))) {
    if (!/\.(js|css)$/.test(name)) continue;
    const file = `assets/${name}`;
    const content = readFileSync(join(distDir, file));
    all.set(file, { file, bytes: content.length / 1024, gzip: gzipKb(content) });
  }
  const assets = [...all.values()];
  return {
    initial: assets.filter((asset) => upFront.has(asset.file)),
    lazy: assets.filter((asset) => !upFront.has(asset.file)).sort((a, b) => b.gzip - a.gzip),
    all,
  };
}

export const sumGzip = (assets: readonly Asset[], ext: 'js' | 'css') =>
  assets.filter((asset) => asset.file.endsWith(`.${ext}`)).reduce((sum, a) => sum + a.gzip, 0);
