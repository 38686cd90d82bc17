import data from '../data/insurers.json' with { type: 'json' };
import type { DataText } from '../messages/index.js';
import type { Locale, LocalizedList, LocalizedText, StatementSource } from '../model/input.generated.js';
import { mentions } from './national.js';
import { fieldsOf, listProseOf, oncePerRun, proseOf, type Prose } from './prose.js';
import type { AuthorityId } from './types.js';

/** How a fact of insurers.json was checked (see its `$comment`). */
export type Verified = 'primary' | 'copy' | 'secondary' | 'unverified';

export interface SupersededName {
  name: DataText;
  match: string;
  /** From when the name is certainly out of date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  since: string;
  why: DataText;
  current: DataText;
  verified: Verified;
}

export interface RegisterFacts {
  /** How a recipient says that the register's processor role (for part of it) is meant. */
  processor?: string;
  /** Where people see what the register holds about them, for a joint controller. */
  access?: { match: string; hint: DataText };
  /** What the recipient's texts must say the register is. */
  describes?: { match: string; hint: DataText };
}

/** How a criminal-data basis names the exact provision under one jurisdiction. */
export interface CriminalDataProvision {
  /** The law, as messages name it: "UAVG art. 33". */
  law: DataText;
  /** What within it must be named: "paragraph". */
  part: DataText;
  /** Finds a citation of the law. */
  cites: string;
  /** Finds the paragraph or case within it. */
  precise: string;
  references: string[];
  /** What to write instead, for messages. */
  hint: DataText;
  verified: Verified;
}

export interface DisputeBody {
  name: DataText;
  match: string;
}

export interface SupersededAuthority {
  name: DataText;
  match: string;
  current: DataText;
  verified: Verified;
}

/** The insurer rule pack's dated data: src/data/insurers.json. */
export const insurers = data as unknown as {
  asOf: string;
  codesOfConduct: {
    current: Partial<Record<AuthorityId, { name: string; reference: string }>>;
    superseded: SupersededName[];
    approval: { code: string; claim: string; approvedElsewhere: string };
  };
  incidentRegister: Partial<Record<AuthorityId, { protocol: string; approvedFrom: string; sharing: string; register: string; licenceParagraph: string; licence: string }>>;
  criminalDataProvision: Partial<Record<AuthorityId, CriminalDataProvision>>;
  /** What the statement must say about an industry register of national.json, by its name there. */
  registers: Record<string, RegisterFacts>;
  complaintBodies: Record<AuthorityId, { authority: string; authorityName: DataText; disputeBodies: DisputeBody[]; superseded: SupersededAuthority[] }>;
  dataPrivacyFramework: { name: DataText; match: string };
  healthData: Partial<Record<AuthorityId, { insurerPoint: string; limbB: string; riskAssessment: string; objection: string }>>;
  nationalId: Partial<Record<AuthorityId, { ownCitation: string; law: string }>>;
};

/** The reference of the Dutch insurers' code of conduct, as diagnostics cite it. */
export const insurersCode = insurers.codesOfConduct.current['nl-ap']!.reference;

/** The first day on which a `since` of the data (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) has certainly passed. */
export function certainFrom(since: string): string {
  const [year, month, day] = since.split('-').map(Number) as [number, number?, number?];
  if (day !== undefined) return since;
  if (month !== undefined) return month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
  return `${year + 1}-01-01`;
}

/** Whether the statement speaks for a date on or after `date` (both `YYYY-MM-DD`; the schema checks the form). */
export function datedOnOrAfter(input: StatementSource, date: string): boolean {
  return input.statement.lastAmended >= date;
}

/**
 * The input's own prose in every language: each text and list item, except the change log,
 * whose entries describe the past (a summary may rightly say what was replaced).
 */
export function ownProse(input: StatementSource, locales: readonly Locale[]): Prose[] {
  return oncePerRun(`ownProse ${locales.join(' ')}`, () => ownProseOf(input, locales));
}

function ownProseOf(input: StatementSource, locales: readonly Locale[]): Prose[] {
  return fieldsOf(input)
    .filter((f) => !f.path.startsWith('/changes/'))
    .flatMap((f) => (f.kind === 'text' ? proseOf(f.value as LocalizedText, f.path, locales) : listProseOf(f.value as LocalizedList, f.path, locales)));
}

/**
 * The sentences of a text: split after a full stop, question mark, exclamation mark or semicolon
 * that a capital or an opening quote follows. The quotes as escapes keep the bundle ASCII only.
 */
export function sentences(text: string): string[] {
  return text.split(/(?<=[.!?;])\s+(?=[\p{Lu}"\u201C\u2018\u00AB])|\n+/u).filter((s) => s.trim() !== '');
}

/** The pointer of a field without its language: `/purposes/0/description/nl` → `/purposes/0/description`. */
export function fieldOf(path: string): string {
  return path.replace(/\/(?:nl|fr|en)(?:\/\d+)?$/, '');
}

/** "a", "a and b", "a, b and c". */
export function andList(items: readonly string[]): string {
  return items.length <= 2 ? items.join(' and ') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A date of the data or the input in words, for messages: `2021-04-01` → "1 April 2021". */
export function longDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${d} ${months[m - 1]} ${y}`;
}

