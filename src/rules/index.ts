import type { Rule } from './types.js';
import automatedDecisions from './automated-decisions.js';
import changeLog from './change-log.js';
import complaintAuthority from './complaint-authority.js';
import consentWithdrawal from './consent-withdrawal.js';
import controllerIdentity from './controller-identity.js';
import controllerRepresentative from './controller-representative.js';
import criminalDataBasis from './criminal-data-basis.js';
import dataProvision from './data-provision.js';
import dataSource from './data-source.js';
import directMarketingBasis from './direct-marketing-basis.js';
import doNotCall from './do-not-call.js';
import duplicateId from './duplicate-id.js';
import fontCoverage from './font-coverage.js';
import healthDataNational from './health-data-national.js';
import hedgingLanguage from './hedging-language.js';
import industryRegister from './industry-register.js';
import invalidDate from './invalid-date.js';
import invisibleCharacters from './invisible-characters.js';
import jointControllerArrangement from './joint-controller-arrangement.js';
import markdownRestricted from './markdown-restricted.js';
import materialChangeNotice from './material-change-notice.js';
import nationalIdBasis from './national-id-basis.js';
import objectionNotice from './objection-notice.js';
import openEndedList from './open-ended-list.js';
import portabilityChannel from './portability-channel.js';
import privacyContact from './privacy-contact.js';
import purposeLegalBasis from './purpose-legal-basis.js';
import purposeLegalObligation from './purpose-legal-obligation.js';
import purposeLegitimateInterest from './purpose-legitimate-interest.js';
import recipientsDeclared from './recipients-declared.js';
import retentionCoverage from './retention-coverage.js';
import rightsChannels from './rights-channels.js';
import sectionPlacement from './section-placement.js';
import sourceLocale from './source-locale.js';
import specialCategoryCondition from './special-category-condition.js';
import transferSafeguard from './transfer-safeguard.js';
import translationMissing from './translation-missing.js';
import translationStale from './translation-stale.js';
import unknownCountry from './unknown-country.js';
import unknownReference from './unknown-reference.js';
import unusedDataCategory from './unused-data-category.js';
import vagueLegitimateInterest from './vague-legitimate-interest.js';
import vagueRecipient from './vague-recipient.js';
import vagueRetention from './vague-retention.js';

/** Every rule, explicitly. A new rule is one file here and one line below. */
export const rules: readonly Rule[] = [
  // Consistency of the input: what rendering relies on.
  duplicateId,
  unknownReference,
  translationMissing,
  sourceLocale,
  markdownRestricted,
  invisibleCharacters,
  fontCoverage,
  invalidDate,
  unknownCountry,
  sectionPlacement,
  // Items every statement must contain (GDPR Arts. 13 and 14; gdpr-rules.md section 1).
  controllerIdentity,
  controllerRepresentative,
  privacyContact,
  purposeLegalBasis,
  purposeLegitimateInterest,
  recipientsDeclared,
  transferSafeguard,
  retentionCoverage,
  rightsChannels,
  automatedDecisions,
  complaintAuthority,
  dataProvision,
  dataSource,
  jointControllerArrangement,
  // Rules that tie bases, data and rights together (section 2).
  purposeLegalObligation,
  directMarketingBasis,
  objectionNotice,
  consentWithdrawal,
  portabilityChannel,
  specialCategoryCondition,
  criminalDataBasis,
  unusedDataCategory,
  // The Netherlands and Belgium (section 3).
  nationalIdBasis,
  healthDataNational,
  industryRegister,
  doNotCall,
  // Quality warnings on the input's own prose (section 4).
  vagueRetention,
  hedgingLanguage,
  openEndedList,
  vagueRecipient,
  vagueLegitimateInterest,
  changeLog,
  materialChangeNotice,
  translationStale,
];

const byId = new Map(rules.map((r) => [r.meta.id, r]));

export function ruleById(id: string): Rule | undefined {
  return byId.get(id);
}
