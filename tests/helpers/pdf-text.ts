import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Reads a PDF back as text with poppler's pdftotext, as a reader's copy-paste would see it. */
export function pdfToText(bytes: Uint8Array | ArrayBuffer): { text: string; pages: number } {
  const dir = mkdtempSync(join(tmpdir(), 'palvelupolku-pdf-'));
  const file = join(dir, 'plan.pdf');
  writeFileSync(file, new Uint8Array(bytes));
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
  return { text, pages };
}
