import { createInstance, type i18n } from 'i18next';
import en from '../../locales/en.json' with { type: 'json' };
import fr from '../../locales/fr.json' with { type: 'json' };
import nl from '../../locales/nl.json' with { type: 'json' };
import lifecycleEn from '../../locales/lifecycle/en.json' with { type: 'json' };
import lifecycleFr from '../../locales/lifecycle/fr.json' with { type: 'json' };
import lifecycleNl from '../../locales/lifecycle/nl.json' with { type: 'json' };
import type { Locale } from '../model/input.generated.js';
import { ownCopy } from '../text/own-copy.js';

export type Translate = (key: string, values?: Record<string, string | number>) => string;

export const localeResources = { en, fr, nl } as const;

let instance: i18n | undefined;

function i18nInstance(): i18n {
  if (instance) return instance;
  instance = createInstance();
  void instance.init({
    // The sentences about changes between versions (locales/lifecycle/) are `lifecycle.*`.
    resources: {
      en: { translation: { ...en, lifecycle: lifecycleEn } },
      fr: { translation: { ...fr, lifecycle: lifecycleFr } },
      nl: { translation: { ...nl, lifecycle: lifecycleNl } },
    },
    lng: 'en',
    fallbackLng: false,
    initAsync: false,
    // Values are Markdown the view builder has already made safe; i18next must not touch them.
    interpolation: { escapeValue: false, skipOnVariables: true },
    returnNull: false,
    showSupportNotice: false,
  } as Parameters<i18n['init']>[0]);
  return instance;
}

/** A translate function for one locale that refuses unknown keys: a missing sentence is a bug. */
const translators = new Map<Locale, Translate>();

export function translator(locale: Locale): Translate {
  const existing = translators.get(locale);
  if (existing) return existing;
  const i18n = i18nInstance();
  const t = i18n.getFixedT(locale);
  // A sentence with the same values is the same every time: statements of one insurer group
  // share most of theirs. Each is translated once per process, by its key and values (joined
  // with control characters, which no value holds: the invisible-characters rule refuses them).
  const fixed = new Map<string, string>();
  const known = new Set<string>();
  const translate: Translate = (key, values) => {
    let memo = key;
    if (values) for (const name in values) memo += '\u0000' + name + '\u0001' + values[name];
    const cached = fixed.get(memo);
    if (cached !== undefined) return cached;
    // A sentence with a `count` has plural forms (`key_one`, `key_other`).
    const plural = values !== undefined && typeof values.count === 'number';
    if (!known.has(plural ? key + '#count' : key)) {
      if (!i18n.exists(key, plural ? { lng: locale, count: values.count as number } : { lng: locale })) throw new Error(`No ${locale} text for "${key}" in locales/${locale}.json`);
      known.add(plural ? key + '#count' : key);
    }
    const text = t(key, values) as string;
    // Bounded, for a process that lives long (build --watch).
    if (fixed.size >= 20_000) fixed.clear();
    // The key joins the values: its own copy, so that it keeps no statement's text alive.
    fixed.set(ownCopy(memo), text);
    return text;
  };
  translators.set(locale, translate);
  return translate;
}

/** A list-valued entry, such as the month names: looked up once per process, and frozen. */
export function translateList(locale: Locale, key: string): readonly string[] {
  const id = locale + '\u0000' + key;
  let list = lists.get(id);
  if (!list) {
    const value = i18nInstance().getFixedT(locale)(key, { returnObjects: true }) as unknown;
    if (!Array.isArray(value)) throw new Error(`locales/${locale}.json: "${key}" is not a list`);
    lists.set(id, (list = Object.freeze([...(value as string[])])));
  }
  return list;
}

const lists = new Map<string, readonly string[]>();
