import transfer from './transfer-countries.json' with { type: 'json' };
import en from '../../locales/countries/en.json' with { type: 'json' };
import type { DataText } from '../messages/index.js';

/** An adequacy decision of the European Commission (Art. 45 GDPR). */
export interface AdequacyDecision {
  reference: string;
  /** ISO date the decision was adopted. */
  adopted: string;
  /** ISO date after which it no longer applies, when it has an end. */
  until?: string;
  /** Verified against the Commission's page or the Official Journal; otherwise to be re-checked. */
  checked: boolean;
  note?: string;
}

export interface Adequacy {
  /** What the decision covers, when it does not cover the whole country. */
  scope?: DataText;
  /** The safeguard a recipient must name to be covered (the United States: certification under the Data Privacy Framework). */
  requires?: string;
  decisions: AdequacyDecision[];
  review?: string;
}

/** A framework the Court of Justice declared invalid: no statement may rely on it after `invalidFrom`. */
export interface InvalidatedFramework {
  name: string;
  reference: string;
  invalidFrom: string;
  judgment: DataText;
  /** How a text names it (a regular expression, case-insensitive). */
  mentions: string;
}

/** The EEA and adequacy data, dated: see transfer-countries.json. */
export const transferData = transfer as {
  asOf: string;
  recheckBy: string;
  source: string;
  eea: string[];
  adequate: Record<string, Adequacy>;
  internationalOrganisations: Record<string, { name: string; decisions: AdequacyDecision[] }>;
  invalidated: Record<string, InvalidatedFramework>;
};

const eea = new Set(transferData.eea);
const known = new Set(Object.keys(en));

export function isKnownCountry(code: string): boolean {
  return known.has(code);
}

export function isEea(code: string): boolean {
  return eea.has(code);
}

/** The decision of a list in force on a date: adopted on or before it, not ended before it. */
export function decisionOn(decisions: readonly AdequacyDecision[], date: string): AdequacyDecision | undefined {
  return decisions.find((d) => d.adopted <= date && (d.until === undefined || date <= d.until));
}

/**
 * The adequacy decision covering a country (the US only for certified organisations): on `date`
 * (a statement's `lastAmended`) when given, so that a statement relies only on decisions that
 * existed when it was written; else the one in force on the date the data were last checked.
 */
export function adequacy(code: string, date?: string): (Adequacy & { decision: AdequacyDecision }) | undefined {
  if (!Object.hasOwn(transferData.adequate, code)) return undefined;
  const entry = transferData.adequate[code]!;
  const decision = decisionOn(entry.decisions, date ?? transferData.asOf);
  return decision ? { ...entry, decision } : undefined;
}

/**
 * Whether a country has had an adequacy decision at any time: then a statement dated outside it
 * is told the country "had none on" its date (not yet, or no longer), not that it has none.
 */
export function everAdequate(code: string): boolean {
  return Object.hasOwn(transferData.adequate, code) && transferData.adequate[code]!.decisions.length > 0;
}

/** The frameworks the Court of Justice declared invalid before a date. */
export function invalidatedBefore(date: string): InvalidatedFramework[] {
  return Object.values(transferData.invalidated).filter((f) => f.invalidFrom <= date);
}

export function knownCountries(): Iterable<string> {
  return known;
}

/** Codes people write that are not ISO 3166-1 alpha-2, with the right code. */
export const commonMistakes: Record<string, string> = { UK: 'GB', EL: 'GR', EN: 'GB', EU: 'an EU member state code such as NL' };
