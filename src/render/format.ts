import en from '../../locales/countries/en.json' with { type: 'json' };
import fr from '../../locales/countries/fr.json' with { type: 'json' };
import nl from '../../locales/countries/nl.json' with { type: 'json' };
import type { Locale } from '../model/input.generated.js';
import { parseDate, parseDuration } from '../text/dates.js';
import { translateList, type Translate } from './i18n.js';

/**
 * Localized dates, durations, countries and lists, from the locale files rather than the
 * machine's ICU data, so that output is identical on every machine.
 */
const countries: Record<Locale, Record<string, string>> = { en, fr, nl };

export function countryName(code: string, locale: Locale): string {
  return Object.hasOwn(countries[locale], code) ? countries[locale][code]! : code;
}

/** 2022-04-05 → "5 april 2022" / "5 avril 2022" / "5 April 2022"; 1 April in French is "1er avril". */
export function formatDate(iso: string, locale: Locale, t: Translate): string {
  const date = parseDate(iso);
  if (!date) return iso;
  const month = translateList(locale, 'format.months')[date.month - 1]!;
  const day = date.day === 1 ? t('format.firstDay') : String(date.day);
  return t('format.date', { day, month, year: String(date.year) });
}

/**
 * P180D → "180 days"; P10Y6M → "ten years and six months"; P1M → "one month" (French "un mois",
 * never "1 mois"). Numbers up to twelve are written in words, as running text in each language
 * wants them; the singular carries its own word (French "un an", "une semaine").
 */
export function formatDuration(iso: string, t: Translate): string {
  const d = parseDuration(iso);
  if (!d) return iso;
  const parts: string[] = [];
  for (const unit of ['year', 'month', 'week', 'day'] as const) {
    const n = d[`${unit}s`];
    if (n > 0) parts.push(t(`format.duration.${unit}_${n === 1 ? 'one' : 'other'}`, { n: numberInWords(n, t) }));
  }
  return joinList(parts, t);
}

/** ["a", "b", "c"] → "a, b and c" in the locale's words. */
export function joinList(items: readonly string[], t: Translate, conjunction: 'and' | 'or' = 'and'): string {
  if (items.length <= 1) return items[0] ?? '';
  return items.slice(0, -1).join(t('format.listSeparator')) + ' ' + t(`format.${conjunction}`) + ' ' + items[items.length - 1];
}

/** 7 → "seven" / "zeven" / "sept"; from 13 on, digits. */
export function numberInWords(n: number, t: Translate): string {
  return Number.isInteger(n) && n >= 0 && n <= 12 ? t(`format.numbers.${n}`) : String(n);
}

/**
 * French typography in the input's own French: the space before : ; ? ! and inside « » is a
 * no-break space (U+00A0), as in the statement's own sentences, so that the sign never starts a
 * line. Only the kind of an existing space changes; no space is added or removed.
 */
export function frenchSpaces(text: string): string {
  return text.replace(/ (?=[:;?!\u00bb])/g, '\u00a0').replace(/\u00ab /g, '\u00ab\u00a0');
}
