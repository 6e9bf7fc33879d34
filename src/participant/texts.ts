/**
 * The participant page's own words, Finnish and English. Principle names and their anchors, and
 * the staff statements, come from the app's dictionary, so the phone and the projector agree.
 */
import { principleMessages } from '../i18n/messages/principles';
import { staffStatementMessages } from '../i18n/messages/staff-statements';
import type { PrincipleId } from '../domain/principles';
import type { StaffStatementId } from '../domain/staff-statements';
import type { Language } from '../domain/types';
import { pageMessages } from './page-messages';

export type PageKey = keyof typeof pageMessages.en;

let language: Language = 'fi';

export function setLanguage(next: Language): void {
  language = next;
  document.documentElement.lang = next;
  document.title = t('page.title');
}

export function currentLanguage(): Language {
  return language;
}

export function t(key: PageKey, values: Record<string, string | number> = {}): string {
  return pageMessages[language][key].replace(/\{(\w+)\}/g, (_, name: string) =>
    String(values[name] ?? ''),
  );
}

type PrincipleText = '' | '.description' | '.1' | '.5';

export function principleText(id: PrincipleId, part: PrincipleText = ''): string {
  const key = `principle.${id}${part}` as keyof typeof principleMessages.en;
  return principleMessages[language][key];
}

/** A staff statement's short name, or with '.text' the statement itself. */
export function staffText(id: StaffStatementId, part: '' | '.text' = ''): string {
  const key = `staff.item.${id}${part}` as const;
  return staffStatementMessages[language][key];
}

/** One decimal, with the language's decimal mark. */
export function decimal(value: number): string {
  return new Intl.NumberFormat(language === 'fi' ? 'fi-FI' : 'en-GB', {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(value);
}
