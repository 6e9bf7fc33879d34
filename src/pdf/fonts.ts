import boldUrl from '@expo-google-fonts/inter/700Bold/Inter_700Bold.ttf?url';
import regularUrl from '@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf?url';
import type { PdfFonts } from './report-data';

function toBase64(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer);
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return btoa(binary);
}

async function fetchFont(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Font ${url}: HTTP ${response.status}`);
  return toBase64(await response.arrayBuffer());
}

let cached: Promise<PdfFonts> | undefined;

/** Inter covers every character we write (ä ö å, –, ”, …, €, −, →); served from our own origin. */
export function loadPdfFonts(): Promise<PdfFonts> {
  cached ??= Promise.all([fetchFont(regularUrl), fetchFont(boldUrl)]).then(([regular, bold]) => ({
    regular,
    bold,
  }));
  cached.catch(() => {
    cached = undefined;
  });
  return cached;
}
