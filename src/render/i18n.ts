import { createInstance, type i18n } from 'i18next';
import en from '../../locales/en.json' with { type: 'json' };
import fr from '../../locales/fr.json' with { type: 'json' };
import nl from '../../locales/nl.json' with { type: 'json' };
import lifecycleEn from '../../locales/lifecycle/en.json' with { type: 'json' };
import lifecycleFr from '../../locales/lifecycle/fr.json' with { type: 'json' };
import lifecycleNl from '../../locales/lifecycle/nl.json' with { type: 'json' };
import outputsEn from '../../locales/outputs/en.json' with { type: 'json' };
import outputsFr from '../../locales/outputs/fr.json' with { type: 'json' };
import outputsNl from '../../locales/outputs/nl.json' with { type: 'json' };
import type { Locale } from '../model/input.generated.js';

export type Translate = (key: string, values?: Record<string, string | number>) => string;

export const localeResources = { en, fr, nl } as const;

let instance: i18n | undefined;

function i18nInstance(): i18n {
  if (instance) return instance;
  instance = createInstance();
  void instance.init({
    // The sentences about changes between versions (locales/lifecycle/) are `lifecycle.*`; those of
    // the data outputs, the register and the notices (locales/outputs/) are `outputs.*`.
    resources: {
      en: { translation: { ...en, lifecycle: lifecycleEn, outputs: outputsEn } },
      fr: { translation: { ...fr, lifecycle: lifecycleFr, outputs: outputsFr } },
      nl: { translation: { ...nl, lifecycle: lifecycleNl, outputs: outputsNl } },
    },
    lng: 'en',
    fallbackLng: false,
    initAsync: false,
    // Values are Markdown the view builder has already made safe; i18next must not touch them.
    interpolation: { escapeValue: false, skipOnVariables: true },
    returnNull: false,
    showSupportNotice: false,
    // A missing sentence is a bug, not something to show the reader: i18next asks this handler
    // what to give for a key it has no text for (in a plural, for the count's form).
    parseMissingKeyHandler: (key: string, _default: unknown, options: { lng?: string }) => {
      throw new Error(`No ${options.lng} text for "${key}" in locales/${options.lng}.json`);
    },
  } as Parameters<i18n['init']>[0]);
  return instance;
}

/** A translate function for one locale that refuses unknown keys (see parseMissingKeyHandler). */
export function translator(locale: Locale): Translate {
  return i18nInstance().getFixedT(locale) as Translate;
}

/** A list-valued entry, such as the month names. */
export function translateList(locale: Locale, key: string): readonly string[] {
  const value = i18nInstance().getFixedT(locale)(key, { returnObjects: true }) as unknown;
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) throw new Error(`locales/${locale}.json: "${key}" is not a list`);
  return value as string[];
}
