import { createInstance, type i18n } from 'i18next';
import { citeTokens, type CitationStyle } from '../jurisdictions/citation.js';
import { jurisdictions } from '../jurisdictions/index.js';
import type { Locale } from '../model/input.generated.js';
import { localeRegistry, sentencesOf } from './locales.js';

export type Translate = (key: string, values?: Record<string, string | number>) => string;

/** The complete sentences of each language of the input format, as the locale files give them (citations as `[[GDPR 6(1)(b)]]`). */
export const localeResources = { en: sentencesOf('en'), fr: sentencesOf('fr'), nl: sentencesOf('nl') } as const;

/**
 * The citation style of a language tag: the one the jurisdictions that write in it chose
 * (test/jurisdictions.test.ts checks that they agree), or the Regulation's own style.
 */
export function citationStyleOf(tag: string): CitationStyle {
  for (const j of Object.values(jurisdictions)) for (const use of Object.values(j.languages)) if (use.tag === tag) return use.citation;
  return 'eu';
}

/** A tag's sentences with every citation token written in its style. */
function resourcesOf(tag: string): object {
  const { language } = localeRegistry[tag]!;
  const style = citationStyleOf(tag);
  const walk = (value: unknown): unknown => {
    if (typeof value === 'string') return citeTokens(value, language, style);
    if (Array.isArray(value)) return value.map(walk);
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v)]));
    return value;
  };
  return walk(sentencesOf(tag)) as object;
}

let instance: i18n | undefined;

function i18nInstance(): i18n {
  if (instance) return instance;
  instance = createInstance();
  void instance.init({
    // Every tag of the locale registry, complete (a variant's sentences laid over its language's),
    // so that no sentence falls back to another language or another citation style. The sentences
    // about changes between versions (locales/lifecycle/) are `lifecycle.*`; those of the data
    // outputs, the register and the notices (locales/outputs/) are `outputs.*`.
    resources: Object.fromEntries(Object.keys(localeRegistry).map((tag) => [tag, { translation: resourcesOf(tag) }])),
    lng: 'en',
    fallbackLng: false,
    load: 'currentOnly',
    initAsync: false,
    // Values are Markdown the view builder has already made safe; i18next must not touch them.
    interpolation: { escapeValue: false, skipOnVariables: true },
    returnNull: false,
    showSupportNotice: false,
  } as Parameters<i18n['init']>[0]);
  return instance;
}

/**
 * One i18next instance per language tag, sharing the first one's sentences: i18next works out
 * the languages to look a key up in on every call that names a language other than the
 * instance's own, which makes such a call several times slower.
 */
const perTag = new Map<string, i18n>();

function instanceFor(tag: string): i18n {
  let found = perTag.get(tag);
  if (!found) {
    if (!Object.hasOwn(localeRegistry, tag)) throw new Error(`no locale ${tag} in src/render/locales.ts`);
    const language = localeRegistry[tag]!.language;
    found = i18nInstance().cloneInstance({
      lng: tag,
      initAsync: false,
      // A missing sentence is a bug, not something to show the reader: i18next asks this handler
      // what to give for a key it has no text for (in a plural, for the count's form).
      parseMissingKeyHandler: (key: string) => {
        throw new Error(`No ${tag} text for "${key}" in locales/${language}.json`);
      },
    } as Parameters<i18n['cloneInstance']>[0]);
    perTag.set(tag, found);
  }
  return found;
}

/**
 * A translate function for one language tag (`nl`, `fr`, `en`, or a variant such as `nl-BE`)
 * that refuses unknown keys (see parseMissingKeyHandler).
 */
export function translator(tag: Locale | string): Translate {
  const instance = instanceFor(tag);
  return ((key, values) => instance.t(key, values)) as Translate;
}

/** A list-valued entry, such as the month names. */
export function translateList(tag: Locale | string, key: string): readonly string[] {
  const value = instanceFor(tag).t(key, { returnObjects: true }) as unknown;
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) throw new Error(`locales/${tag}.json: "${key}" is not a list`);
  return value as string[];
}
