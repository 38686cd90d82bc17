import transfer from './transfer-countries.json' with { type: 'json' };
import en from '../../locales/countries/en.json' with { type: 'json' };

/** The EEA and adequacy data, dated: see transfer-countries.json. */
export const transferData = transfer as {
  asOf: string;
  source: string;
  eea: string[];
  adequate: Record<string, { scope?: string; requires?: string }>;
};

const eea = new Set(transferData.eea);
const known = new Set(Object.keys(en));

export function isKnownCountry(code: string): boolean {
  return known.has(code);
}

export function isEea(code: string): boolean {
  return eea.has(code);
}

/** The adequacy decision covering a country, if any (the US only for certified organisations). */
export function adequacy(code: string): { scope?: string; requires?: string } | undefined {
  return Object.hasOwn(transferData.adequate, code) ? transferData.adequate[code] : undefined;
}

export function knownCountries(): Iterable<string> {
  return known;
}

/** Codes people write that are not ISO 3166-1 alpha-2, with the right code. */
export const commonMistakes: Record<string, string> = { UK: 'GB', EL: 'GR', EN: 'GB', EU: 'an EU member state code such as NL' };
