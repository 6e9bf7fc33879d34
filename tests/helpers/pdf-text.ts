import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type PdfReadBack = {
  text: string;
  pages: number;
  pageSize: string;
  pageText: (page: number) => string;
};

/** Reads a PDF back with poppler, as a reader's copy-paste would see it. */
export function pdfToText(bytes: Uint8Array | ArrayBuffer): PdfReadBack {
  const dir = mkdtempSync(join(tmpdir(), 'palvelupolku-pdf-'));
  const file = join(dir, 'plan.pdf');
  writeFileSync(file, new Uint8Array(bytes));
  const read = (args: string[]) =>
    execFileSync('pdftotext', ['-enc', 'UTF-8', ...args, file, '-'], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return {
    text: read([]),
    pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0),
    pageSize: /Page size:\s+(.+)/.exec(info)?.[1] ?? '',
    pageText: (page) => read(['-f', String(page), '-l', String(page)]),
  };
}
