import type { Language } from '../domain/types';
import type { featureMessageModules } from './feature-messages';
import { commonMessages } from './messages/common';
import { phaseMessages } from './messages/phases';
import { workshopMessages } from './messages/workshops';
import { workshopStartMessages } from './messages/workshop-start';

/** Messages every screen needs from the first paint. */
export const coreMessageModules = [
  commonMessages,
  workshopMessages,
  phaseMessages,
  workshopStartMessages,
] as const;

type UnionToIntersection<U> = (U extends unknown ? (arg: U) => void : never) extends (
  arg: infer I,
) => void
  ? I
  : never;

type AllModules = (typeof coreMessageModules)[number] | (typeof featureMessageModules)[number];
type EnglishOf<M> = M extends { en: infer En } ? En : never;
export type Messages = UnionToIntersection<EnglishOf<AllModules>>;
export type MessageKey = Extract<keyof Messages, string>;
export type TParams = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: TParams) => string;

type MessageModule = { en: Record<string, string>; fi: Record<string, string> };

export const dictionaries: Record<Language, Record<string, string>> = { en: {}, fi: {} };

/** Adds messages to the dictionaries `t` reads. */
export function registerMessages(modules: readonly MessageModule[]): void {
  for (const module of modules) {
    Object.assign(dictionaries.en, module.en);
    Object.assign(dictionaries.fi, module.fi);
  }
}

registerMessages(coreMessageModules);

let featureMessages: Promise<void> | undefined;

/**
 * Loads the messages of every screen beyond the home page, and of the PDF, once: a route's
 * loader awaits this before its screen shows (src/app/router.tsx), the PDF export before it
 * builds the plan. Keeps them out of the first load.
 */
export function loadFeatureMessages(): Promise<void> {
  featureMessages ??= import('./feature-messages').then(({ featureMessageModules }) =>
    registerMessages(featureMessageModules),
  );
  return featureMessages;
}

type MissingMessageHandler = (key: string, language: Language) => void;

// A key without a message means its messages were not loaded first: a bug to see at once in
// development. The user would see the bare key, so the test setup fails the test instead.
let reportMissingMessage: MissingMessageHandler = (key, language) => {
  if (import.meta.env.DEV) console.warn(`Missing message "${key}" (${language})`);
};

/** What `t` does with a key that has no message (tests/setup.ts fails the test). */
export function onMissingMessage(handler: MissingMessageHandler): void {
  reportMissingMessage = handler;
}

/** Builds `t` for one language; `{name}` placeholders are filled from params. */
export function createTranslator(language: Language): Translate {
  const dictionary = dictionaries[language];
  return (key, params) => {
    const template = dictionary[key];
    if (template === undefined) {
      reportMissingMessage(key, language);
      return key;
    }
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
