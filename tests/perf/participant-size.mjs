// Prints the participant page's initial JS and CSS (gzip -9) and fails over the 60 KB JS budget.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 60;
const dir = 'dist-participant';
const html = readFileSync(join(dir, 'index.html'), 'utf8');
const files = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.(?:js|css))"/g)].map(
  (match) => match[1],
);
const kb = (ext) =>
  files
    .filter((file) => file.endsWith(ext))
    .reduce((sum, file) => sum + gzipSync(readFileSync(join(dir, file)), { level: 9 }).length, 0) /
  1024;
const js = kb('.js');
console.log(
  `Participant page, initial load (gzip): JS ${js.toFixed(1)} KB (budget ${BUDGET_KB} KB), CSS ${kb('.css').toFixed(1)} KB`,
);
if (js > BUDGET_KB) {
  console.error(`The participant page's JS is over its ${BUDGET_KB} KB budget.`);
  process.exit(1);
}
