import en from '../../locales/en.json' with { type: 'json' };
import fr from '../../locales/fr.json' with { type: 'json' };
import frBE from '../../locales/fr-BE.json' with { type: 'json' };
import nlBE from '../../locales/nl-BE.json' with { type: 'json' };
import nl from '../../locales/nl.json' with { type: 'json' };
import lifecycleEn from '../../locales/lifecycle/en.json' with { type: 'json' };
import lifecycleFr from '../../locales/lifecycle/fr.json' with { type: 'json' };
import lifecycleNl from '../../locales/lifecycle/nl.json' with { type: 'json' };
import outputsEn from '../../locales/outputs/en.json' with { type: 'json' };
import outputsFr from '../../locales/outputs/fr.json' with { type: 'json' };
import outputsNl from '../../locales/outputs/nl.json' with { type: 'json' };
import webEn from '../../locales/web/en.json' with { type: 'json' };
import webFr from '../../locales/web/fr.json' with { type: 'json' };
import webNl from '../../locales/web/nl.json' with { type: 'json' };
import type { Locale } from '../model/input.generated.js';

/**
 * Every language the statement's own sentences are written in, by language tag. A language of
 * the input format (`nl`, `fr`, `en`) has its complete sentences; a variant (`nl-BE`) names the
 * language it varies and gives only the sentences that differ, laid over it when the sentences
 * are loaded (src/render/i18n.ts). Which variant a statement uses is the jurisdiction's choice
 * (src/jurisdictions/<id>/jurisdiction.json: Belgian statements are written in nl-BE and fr-BE).
 *
 * A new variant is a file `locales/<tag>.json` with the sentences that differ, and one line here.
 */
export interface LocaleEntry {
  /** The language of the input's texts this is written in. */
  language: Locale;
  /** For a variant: the language whose sentences it varies. */
  base?: Locale;
  /** The sentences (for a variant: only those that differ). */
  sentences: object;
}

export const localeRegistry: Readonly<Record<string, LocaleEntry>> = {
  nl: { language: 'nl', sentences: { ...nl, lifecycle: lifecycleNl, outputs: outputsNl, web: webNl } },
  fr: { language: 'fr', sentences: { ...fr, lifecycle: lifecycleFr, outputs: outputsFr, web: webFr } },
  en: { language: 'en', sentences: { ...en, lifecycle: lifecycleEn, outputs: outputsEn, web: webEn } },
  // Belgian Dutch: the verb forms (u hebt) Belgian texts use; its citation style comes from the jurisdiction.
  'nl-BE': { language: 'nl', base: 'nl', sentences: nlBE },
  // Belgian French: the terms Belgian law and the APD use (locales/glossary.json), and its citation style.
  'fr-BE': { language: 'fr', base: 'fr', sentences: frBE },
};

/** A tag's complete sentences: a variant's laid over those of its language. */
export function sentencesOf(tag: string): object {
  const entry = localeRegistry[tag];
  if (!entry) throw new Error(`no locale ${tag} in src/render/locales.ts`);
  return entry.base ? overlay(sentencesOf(entry.base), entry.sentences) : entry.sentences;
}

function overlay(base: object, over: object): object {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const under = out[key];
    out[key] = value && typeof value === 'object' && !Array.isArray(value) && under && typeof under === 'object' && !Array.isArray(under) ? overlay(under, value) : value;
  }
  return out;
}
