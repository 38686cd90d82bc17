import { createInstance, type i18n } from 'i18next';
import en from '../../locales/messages/en.json' with { type: 'json' };
import fr from '../../locales/messages/fr.json' with { type: 'json' };
import nl from '../../locales/messages/nl.json' with { type: 'json' };

/**
 * The compiler's own words (diagnostics, hints, command-line lines) in the languages legal teams
 * work in: one catalogue per language, locales/messages/<lang>.json, with flat ids such as
 * `rule.purpose-legitimate-interest.missing`. These are not the statement's texts (src/render/i18n.ts):
 * a French team may check a statement published in Dutch only.
 */
export const messageLanguages = ['en', 'nl', 'fr'] as const;
export type MessageLanguage = (typeof messageLanguages)[number];

/** A catalogue key less i18next's plural suffix: the id code asks for (with `count`). */
type IdOf<K> = K extends `${infer Base}_${'zero' | 'one' | 'two' | 'few' | 'many' | 'other'}` ? Base : K;
export type MessageId = IdOf<keyof typeof en>;
export type MessageValues = Record<string, string | number>;

/** A message in one language, with the id it came from (printed as `messageId` in JSON). */
export interface Message {
  id: MessageId;
  text: string;
}

export type Say = (id: MessageId, values?: MessageValues) => string;

let instance: i18n | undefined;

function messagesInstance(): i18n {
  if (instance) return instance;
  instance = createInstance();
  void instance.init({
    resources: { en: { translation: en }, nl: { translation: nl }, fr: { translation: fr } },
    lng: 'en',
    // test/messages.test.ts keeps the three catalogues complete; English is only a safety net.
    fallbackLng: 'en',
    load: 'currentOnly',
    initAsync: false,
    // Ids contain dots and colons of their own: the catalogues are flat.
    keySeparator: false,
    nsSeparator: false,
    // Messages are plain text; a value (a file's text) is never read as a key or a template.
    interpolation: { escapeValue: false, skipOnVariables: true },
    returnNull: false,
    showSupportNotice: false,
  } as Parameters<i18n['init']>[0]);
  return instance;
}

/** An instance per language, sharing the catalogues: a call in an instance's own language is the cheap one. */
const perLanguage = new Map<MessageLanguage, i18n>();

/** The words of one language. */
export function messagesIn(lang: MessageLanguage = 'en'): Say {
  let found = perLanguage.get(lang);
  if (!found) {
    found = messagesInstance().cloneInstance({ lng: lang, initAsync: false } as Parameters<i18n['cloneInstance']>[0]);
    perLanguage.set(lang, found);
  }
  const instance = found;
  return (id, values) => instance.t(id, values) as string;
}

/**
 * A text of the compiler's data (src/data, src/jurisdictions) that a message quotes: one text
 * for every language (a proper name), or one per language.
 */
export type DataText = string | Readonly<Record<MessageLanguage, string>>;

/** A data text in one language. */
export function dataText(text: DataText, lang: MessageLanguage = 'en'): string {
  return typeof text === 'string' ? text : text[lang];
}

/** Whether the catalogues have an id (built from data, such as `schema.about.${field}`). */
export function hasMessage(id: string): boolean {
  return messagesInstance().exists(id, { lng: 'en' });
}

/** A message and its id, for a diagnostic, in the words of `say`. */
export function messageFrom(say: Say, id: MessageId, values?: MessageValues): Message {
  return { id, text: say(id, values) };
}

/** A message and its id, for a diagnostic. */
export function messageIn(lang: MessageLanguage, id: MessageId, values?: MessageValues): Message {
  return messageFrom(messagesIn(lang), id, values);
}

export function isMessageLanguage(value: unknown): value is MessageLanguage {
  return typeof value === 'string' && (messageLanguages as readonly string[]).includes(value);
}

/**
 * The language of the environment, as POSIX programs read it: `LC_ALL`, then `LC_MESSAGES`, then
 * `LANG` (`nl_BE.UTF-8` → `nl`, `fr_BE` → `fr`); undefined for another language, `C` or `POSIX`.
 */
export function languageOfEnvironment(env: Record<string, string | undefined>): MessageLanguage | undefined {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const value = env[name];
    if (value === undefined || value === '') continue;
    const language = /^([a-z]{2,3})(?:[_.@-]|$)/i.exec(value)?.[1]?.toLowerCase();
    return isMessageLanguage(language) ? language : undefined;
  }
  return undefined;
}
