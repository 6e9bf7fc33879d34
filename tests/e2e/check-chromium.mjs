// Fails early, with the fix, when the browser or poppler the end-to-end tests need is missing.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const missing = [];
if (!existsSync(chromium)) missing.push(`Chromium (looked for ${chromium})`);
try {
  execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
} catch {
  missing.push('pdftotext (poppler-utils)');
}
if (missing.length > 0) {
  console.error(`\nThe end-to-end tests need: ${missing.join(', ')}.`);
  console.error(
    'On Debian or Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium poppler-utils',
  );
  console.error(
    'Elsewhere: install Chromium or Chrome and poppler, then run with CHROMIUM_PATH=/path/to/chromium npm test\n',
  );
  process.exit(1);
}
