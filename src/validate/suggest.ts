import { messagesIn, type Say } from '../messages/index.js';
import { closest } from './describe.js';
import { defs } from './schema-index.js';

/** "Did you mean …" for a wrong value or key, in the language of `say`. */
export function didYouMean(suggestion: string, say: Say = messagesIn('en')): string {
  return say('schema.did-you-mean', { suggestion });
}

/**
 * The allowed value a wrong one most likely meant: the nearest by edit distance, ignoring case
 * and writing `legitimate interests` or `legitimate_interests` like `legitimate-interests`.
 */
export function suggestValue(value: string, allowed: readonly string[]): string | undefined {
  const folded = value.trim().toLowerCase();
  const exact = allowed.find((a) => a.toLowerCase() === folded || a.toLowerCase() === folded.replace(/[\s_]+/g, '-'));
  return exact ?? closest(value.trim(), allowed);
}

/** Unit words in English, Dutch and French (singular and plural), by ISO 8601 designator. */
const unitWords: Record<string, 'Y' | 'M' | 'W' | 'D'> = {
  y: 'Y', yr: 'Y', yrs: 'Y', year: 'Y', years: 'Y', j: 'Y', jr: 'Y', jaar: 'Y', jaren: 'Y', an: 'Y', ans: 'Y', année: 'Y', années: 'Y', annee: 'Y', annees: 'Y',
  m: 'M', mo: 'M', month: 'M', months: 'M', mnd: 'M', maand: 'M', maanden: 'M', mois: 'M',
  w: 'W', wk: 'W', wks: 'W', week: 'W', weeks: 'W', weken: 'W', semaine: 'W', semaines: 'W', sem: 'W',
  d: 'D', day: 'D', days: 'D', dag: 'D', dagen: 'D', jour: 'D', jours: 'D',
};

const order = ['Y', 'M', 'W', 'D'] as const;

/**
 * The ISO 8601 period a wrongly written duration most likely means: `10Y` → `P10Y`,
 * `10 years` → `P10Y`, `6 maanden` → `P6M`, `1 year and 6 months` → `P1Y6M`, `p7y` → `P7Y`,
 * `P1Y6` → `P1Y6M` (a number without a unit after years is taken as months). Undefined when
 * the text does not read as a period.
 */
export function suggestDuration(value: string): string | undefined {
  let text = value.trim().toLowerCase();
  if (text === '') return undefined;
  text = text.replace(/^p(?=\s*\d)/, '');
  const parts = new Map<string, string>();
  let last = -1;
  // Numbers each followed by a unit word, joined by spaces, commas, "and", "en", "et" or "+".
  const piece = /(\d+)\s*([a-z\u00e0-\u00ff]*)\s*(?:,|\+|\band\b|\ben\b|\bet\b)?\s*/gy;
  let consumed = 0;
  for (let m = piece.exec(text); m && m[0] !== ''; m = piece.exec(text)) {
    consumed = piece.lastIndex;
    const word = m[2]!;
    let unit: (typeof order)[number] | undefined;
    if (word === '') unit = last === 0 ? 'M' : undefined; // `P1Y6`: months after years
    else unit = Object.hasOwn(unitWords, word) ? unitWords[word] : undefined;
    if (unit === undefined) return undefined;
    const at = order.indexOf(unit);
    if (at <= last) return undefined; // the same unit twice, or units out of order
    last = at;
    parts.set(unit, String(Number(m[1])));
  }
  if (consumed !== text.length || parts.size === 0) return undefined;
  if ([...parts.values()].every((n) => n === '0')) return undefined;
  const period = 'P' + order.map((u) => (parts.has(u) ? parts.get(u)! + u : '')).join('');
  return period !== value && new RegExp(String(defs.duration?.pattern)).test(period) ? period : undefined;
}
