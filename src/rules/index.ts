import type { Rule } from './types.js';
import automatedDecisions from './automated-decisions.js';
import complaintAuthority from './complaint-authority.js';
import controllerIdentity from './controller-identity.js';
import controllerRepresentative from './controller-representative.js';
import duplicateId from './duplicate-id.js';
import invalidDate from './invalid-date.js';
import markdownRestricted from './markdown-restricted.js';
import privacyContact from './privacy-contact.js';
import purposeLegalBasis from './purpose-legal-basis.js';
import recipientsDeclared from './recipients-declared.js';
import retentionCoverage from './retention-coverage.js';
import rightsChannels from './rights-channels.js';
import sectionPlacement from './section-placement.js';
import transferSafeguard from './transfer-safeguard.js';
import translationMissing from './translation-missing.js';
import unknownCountry from './unknown-country.js';
import unknownReference from './unknown-reference.js';

/** Every rule, explicitly. A new rule is one file here and one line below. */
export const rules: readonly Rule[] = [
  // Consistency of the input: what rendering relies on.
  duplicateId,
  unknownReference,
  translationMissing,
  markdownRestricted,
  invalidDate,
  unknownCountry,
  sectionPlacement,
  // Items every statement must contain (GDPR Arts. 13 and 14).
  controllerIdentity,
  controllerRepresentative,
  privacyContact,
  purposeLegalBasis,
  recipientsDeclared,
  transferSafeguard,
  retentionCoverage,
  rightsChannels,
  automatedDecisions,
  complaintAuthority,
];

const byId = new Map(rules.map((r) => [r.meta.id, r]));

export function ruleById(id: string): Rule | undefined {
  return byId.get(id);
}
