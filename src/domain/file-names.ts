import type { Language, Workshop } from './types';

/** A file-name-safe slug that keeps Finnish letters readable (ä → a, ö → o, å → a). */
export function slugify(text: string, fallback = 'workshop'): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
  return slug || fallback;
}

export type ExportKind = 'actionPlan' | 'actions' | 'reviews';

/** The words of exported file names, in the workshop's language like the files' contents. */
const FILE_WORDS: Record<Language, Record<ExportKind | 'workshop', string>> = {
  fi: {
    actionPlan: 'toimenpidesuunnitelma',
    actions: 'toimenpiteet',
    reviews: 'seurantakatsaukset',
    workshop: 'tyopaja',
  },
  en: { actionPlan: 'action-plan', actions: 'actions', reviews: 'reviews', workshop: 'workshop' },
};

/** E.g. "kylpylahotelli-jarvisydan-palvelukulttuurityopaja-2026-toimenpidesuunnitelma.pdf". */
export function exportFileName(
  workshop: Pick<Workshop, 'organisation' | 'title' | 'language'>,
  kind: ExportKind,
  extension: string,
): string {
  const words = FILE_WORDS[workshop.language];
  const name = [workshop.organisation, workshop.title].map((text) => slugify(text, words.workshop));
  return `${name.join('-')}-${words[kind]}.${extension}`;
}
