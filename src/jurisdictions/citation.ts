import type { Locale } from '../model/input.generated.js';

/**
 * How a statement cites an article, in the style its readers and their authority write. The
 * locale files say which provision they mean with a token, `[[GDPR 6(1)(b)]]`, and each
 * jurisdiction chooses, per language, the style the token becomes (see
 * src/jurisdictions/<id>/jurisdiction.json):
 *
 * | style          | nl                          | fr                                          | en                    |
 * |----------------|-----------------------------|---------------------------------------------|-----------------------|
 * | `nl-lid`       | artikel 6 lid 1 onder b AVG | –                                           | –                     |
 * | `eu`           | artikel 6, lid 1, punt b), AVG | article 6, paragraphe 1, point b), du RGPD | Article 6(1)(b) GDPR |
 * | `be-dotted`    | artikel 6.1.b) AVG          | article 6.1.b) du RGPD                      | –                     |
 * | `be-paragraph` | artikel 6, § 1, b), AVG     | article 6, § 1er, b), du RGPD               | –                     |
 *
 * `nl-lid` is the common Dutch style (Netherlands); `eu` the style of the Regulation's own
 * language versions; `be-dotted` the style of the Belgian authority's decisions ("artikel 6.1.f)
 * AVG", "article 6.1.f) du RGPD"); `be-paragraph` the style of Belgian statutes, applied to the
 * Regulation.
 */
export const citationStyles = ['nl-lid', 'eu', 'be-dotted', 'be-paragraph'] as const;
export type CitationStyle = (typeof citationStyles)[number];

/** A provision of an instrument: `GDPR 6(1)(b)` is article 6, paragraph 1, point b. */
export interface Provision {
  instrument: Instrument;
  article: string;
  paragraph?: string;
  point?: string;
}

/** The instruments a token may name, with their short name in each language. */
const instruments = {
  GDPR: { nl: 'AVG', fr: 'RGPD', en: 'GDPR' },
} as const satisfies Record<string, Record<Locale, string>>;

export type Instrument = keyof typeof instruments;

/** `[[GDPR 6(1)(b)]]` in a locale file. */
export const citationToken = /\[\[([^\]]*)\]\]/g;

const provisionPattern = /^([A-Z]+) (\d{1,3}[a-z]?)(?:\((\d{1,2})\))?(?:\(([a-z])\))?$/;

/** `GDPR 6(1)(b)` as a provision; undefined when it is not one. */
export function parseProvision(text: string): Provision | undefined {
  const m = provisionPattern.exec(text);
  if (!m || !Object.hasOwn(instruments, m[1]!)) return undefined;
  return { instrument: m[1] as Instrument, article: m[2]!, ...(m[3] ? { paragraph: m[3] } : {}), ...(m[4] ? { point: m[4] } : {}) };
}

type Formatter = (p: Provision, name: string) => string;

/** Each style in each language that has it. */
const formatters: Record<CitationStyle, Partial<Record<Locale, Formatter>>> = {
  'nl-lid': {
    nl: (p, name) => `artikel ${p.article}${p.paragraph ? ` lid ${p.paragraph}` : ''}${p.point ? ` onder ${p.point}` : ''} ${name}`,
  },
  eu: {
    nl: (p, name) => `artikel ${p.article}${p.paragraph ? `, lid ${p.paragraph}` : ''}${p.point ? `, punt ${p.point})` : ''}${p.paragraph || p.point ? ',' : ''} ${name}`,
    fr: (p, name) => `article ${p.article}${p.paragraph ? `, paragraphe ${p.paragraph}` : ''}${p.point ? `, point ${p.point})` : ''}${p.paragraph || p.point ? ',' : ''} du ${name}`,
    en: (p, name) => `Article ${p.article}${p.paragraph ? `(${p.paragraph})` : ''}${p.point ? `(${p.point})` : ''} ${name}`,
  },
  'be-dotted': {
    nl: (p, name) => `artikel ${dotted(p)} ${name}`,
    fr: (p, name) => `article ${dotted(p)} du ${name}`,
  },
  'be-paragraph': {
    nl: (p, name) => `artikel ${p.article}${p.paragraph ? `, § ${p.paragraph}` : ''}${p.point ? `, ${p.point})` : ''}${p.paragraph || p.point ? ',' : ''} ${name}`,
    fr: (p, name) => `article ${p.article}${p.paragraph ? `, § ${p.paragraph === '1' ? '1er' : p.paragraph}` : ''}${p.point ? `, ${p.point})` : ''}${p.paragraph || p.point ? ',' : ''} du ${name}`,
  },
};

function dotted(p: Provision): string {
  return `${p.article}${p.paragraph ? `.${p.paragraph}` : ''}${p.point ? `.${p.point})` : ''}`;
}

/** Whether a style exists for a language. */
export function hasCitationStyle(style: CitationStyle, language: Locale): boolean {
  return formatters[style]?.[language] !== undefined;
}

/** A provision as the style writes it in a language: "artikel 6.1.b) AVG". */
export function cite(provision: Provision, language: Locale, style: CitationStyle): string {
  const format = formatters[style][language];
  if (!format) throw new Error(`no ${style} citation style for ${language}`);
  return format(provision, instruments[provision.instrument][language]);
}

/**
 * Replaces every `[[…]]` token of a locale text with its citation. A token that is not a
 * provision is a bug in a locale file, reported with the text it is in.
 */
export function citeTokens(text: string, language: Locale, style: CitationStyle): string {
  return text.replace(citationToken, (token, inner: string) => {
    const provision = parseProvision(inner);
    if (!provision) throw new Error(`"${token}" is not a citation such as [[GDPR 6(1)(b)]], in: ${text}`);
    return cite(provision, language, style);
  });
}
