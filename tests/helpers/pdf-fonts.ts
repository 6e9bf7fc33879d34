import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { PdfFonts } from '../../src/pdf/report-data';

const require = createRequire(import.meta.url);

/** Under Vitest a `?url` import is only a path, so the tests read the TTFs from disk. */
export function readPdfFonts(): PdfFonts {
  const read = (path: string) => readFileSync(require.resolve(path)).toString('base64');
  return {
    regular: read('@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf'),
    bold: read('@expo-google-fonts/inter/700Bold/Inter_700Bold.ttf'),
  };
}
