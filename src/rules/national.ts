import data from '../data/national.json' with { type: 'json' };
import type { Locale } from '../model/input.generated.js';
import { dataPattern } from './lint-words.js';
import type { AuthorityId } from './types.js';

interface NationalRules {
  nationalId: { name: string; references: string[]; example: string };
  criminalData: { references: string[]; law: string; mentions: string[] };
  healthData: { references: string[]; insurerException?: string; medicalAdviser?: Partial<Record<Locale, string>> };
  doNotCall?: { register: string; abolished: string; references: string[]; mentions: string };
}

export interface IndustryRegister {
  name: string;
  authority: AuthorityId;
  match: string;
  role?: string;
  about: string;
  /** A part of the register for which the role differs (CIS: the Extern Verwijzingsregister). */
  except?: { match: string; role: string; about: string };
}

/** The national rules of gdpr-rules.md section 3, as dated data: see national.json. */
export const national = data as unknown as {
  asOf: string;
  authorities: Record<AuthorityId, NationalRules>;
  industryRegisters: IndustryRegister[];
};

export function rulesFor(authority: AuthorityId): NationalRules {
  return national.authorities[authority];
}

/** Whether a text matches a pattern of national.json. */
export function mentions(text: string, pattern: string): boolean {
  return dataPattern(pattern).test(text);
}
