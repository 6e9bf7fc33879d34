import type { Language } from '../domain/types';
import { commonMessages } from './messages/common';
import { workshopMessages } from './messages/workshops';
import { phaseMessages } from './messages/phases';
import { reportMessages } from './messages/report';
import { evidenceMessages } from './messages/evidence';
import { journeyMessages } from './messages/journey';
import { csvImportMessages } from './messages/csv-import';
import { principleMessages } from './messages/principles';
import { assessmentMessages } from './messages/assessment';

/** Every feature's messages; add a module here when a feature brings new strings. */
const modules = [
  commonMessages,
  workshopMessages,
  phaseMessages,
  reportMessages,
  evidenceMessages,
  journeyMessages,
  csvImportMessages,
  principleMessages,
  assessmentMessages,
] as const;

type UnionToIntersection<U> = (U extends unknown ? (arg: U) => void : never) extends (
  arg: infer I,
) => void
  ? I
  : never;

type EnglishOf<M> = M extends { en: infer En } ? En : never;
export type Messages = UnionToIntersection<EnglishOf<(typeof modules)[number]>>;
export type MessageKey = Extract<keyof Messages, string>;
export type TParams = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: TParams) => string;

export const dictionaries: Record<Language, Record<MessageKey, string>> = {
  en: Object.assign({}, ...modules.map((module) => module.en)) as Record<MessageKey, string>,
  fi: Object.assign({}, ...modules.map((module) => module.fi)) as Record<MessageKey, string>,
};

/** Builds `t` for one language; `{name}` placeholders are filled from params. */
export function createTranslator(language: Language): Translate {
  const dictionary = dictionaries[language];
  return (key, params) => {
    const template = dictionary[key] ?? key;
    if (!params) return template;
    return template.replace(/\{(\w+)\}/g, (match, name: string) =>
      name in params ? String(params[name]) : match,
    );
  };
}

export function browserLanguage(languages: readonly string[] = navigator.languages): Language {
  for (const tag of languages) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'fi' || base === 'en') return base;
  }
  return 'en';
}
