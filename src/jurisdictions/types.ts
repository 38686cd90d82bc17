import type { Locale, StatementSource } from '../model/input.generated.js';
import type { CitationStyle } from './citation.js';

/** A jurisdiction is named by its lead supervisory authority: `statement.authority`. */
export type JurisdictionId = StatementSource['statement']['authority'];

/** The authority's name, address, web site and phone number in one language (authority.json). */
export interface AuthorityText {
  name: string;
  address: string[];
  website: string;
  phone: string;
}

export interface Authority {
  id: JurisdictionId;
  /** ISO 3166-1 alpha-2 code of the authority's country. */
  country: string;
  /** When the contact details were last checked against the authority's web site. */
  checked: string;
  locales: Record<Locale, AuthorityText>;
}

/** How a language is written under a jurisdiction (jurisdiction.json). */
export interface LanguageUse {
  /** The BCP 47 tag of the text: the locale variant (src/render/locales.ts), and `lang` in HTML and PDF. */
  tag: string;
  citation: CitationStyle;
}

/**
 * Grammatical gender of a word put into a sentence: Dutch `common` (de-woord, "die") and `neuter`
 * (het-woord, "dat"); French `masculine` and `feminine`; English `neuter`.
 */
export type Gender = 'common' | 'neuter' | 'masculine' | 'feminine';

export interface LegalFormWords {
  /** The abbreviation a name carries ("NV", "SA"); absent when the form has none. */
  abbreviation?: string;
  name: string;
  gender: Gender;
}

export interface LegalForm {
  id: string;
  words: Record<Locale, LegalFormWords>;
  /** How a legal name ends when it carries this form ("N.V.", "NV"). */
  spellings?: string[];
  /** Why the entry is still to be checked against its source. */
  recheck?: string;
}

/** The national rules of one jurisdiction (national.json): provisions cited and the texts that name them. */
export interface NationalRules {
  asOf: string;
  /** `example` and `criminalData.law` are in each language of the messages (`en` as the English messages have it). */
  nationalId: { name: string; references: string[]; example: Record<Locale, string>; words: Record<Locale, string> };
  criminalData: { references: string[]; law: Record<Locale, string>; mentions: string[] };
  healthData: {
    references: string[];
    /** Without an insurer-specific exception in national law: the Art. 9(2) condition insurers are expected to rely on. */
    expected?: string;
    insurerException?: string;
    medicalAdviser?: Partial<Record<Locale, string>>;
  };
  /** A do-not-call register that was abolished: statements must not send people to it. */
  doNotCall?: { register: string; abolished: string; references: string[]; mentions: string };
  /** A do-not-call list people can join: the objection notice names it next to direct marketing. */
  doNotCallList?: { register: string; words: Record<Locale, string>; url: string; references: string[] };
  industryRegisters: {
    name: string;
    match: string;
    role?: string;
    /** What the register is, in each language of the messages. */
    about: Record<Locale, string>;
    /** A part of the register for which the role differs (CIS: the Extern Verwijzingsregister). */
    except?: { match: string; role: string; about: Record<Locale, string> };
  }[];
}

/** Everything that varies by country: one folder under src/jurisdictions/. */
export interface Jurisdiction {
  id: JurisdictionId;
  /** ISO 3166-1 alpha-2 code. */
  country: string;
  /** The country's adjective in diagnostics: "Dutch", "Belgian". */
  adjective: string;
  authority: Authority;
  languages: Record<Locale, LanguageUse>;
  national: NationalRules;
  legalForms: LegalForm[];
}
