import { jurisdictions } from '../jurisdictions/index.js';
import type { NationalRules } from '../jurisdictions/index.js';
import { dataPattern } from './lint-words.js';
import type { DataText } from '../messages/index.js';
import type { AuthorityId } from './types.js';

export interface IndustryRegister {
  name: string;
  authority: AuthorityId;
  match: string;
  role?: string;
  about: DataText;
  /** A part of the register for which the role differs (CIS: the Extern Verwijzingsregister). */
  except?: { match: string; role: string; about: DataText };
}

/**
 * The national rules of gdpr-rules.md section 3, as dated data: each jurisdiction's
 * national.json (src/jurisdictions/<id>/national.json).
 */
export const national = {
  authorities: Object.fromEntries(Object.values(jurisdictions).map((j) => [j.id, j.national])) as Record<AuthorityId, NationalRules>,
  industryRegisters: Object.values(jurisdictions).flatMap((j) => j.national.industryRegisters.map((r): IndustryRegister => ({ ...r, authority: j.id }))),
};

export function rulesFor(authority: AuthorityId): NationalRules {
  return national.authorities[authority];
}

/** Whether a text matches a pattern of a national.json. */
export function mentions(text: string, pattern: string): boolean {
  return dataPattern(pattern).test(text);
}
