import type { Rule } from './types.js';
import automatedDecisionException from './automated-decision-exception.js';
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
import legalForm from './legal-form.js';
import localizedName from './localized-name.js';
import markdownRestricted from './markdown-restricted.js';
import materialChangeNotice from './material-change-notice.js';
import nationalIdBasis from './national-id-basis.js';
import objectionNotice from './objection-notice.js';
import openEndedList from './open-ended-list.js';
import placeholderText from './placeholder-text.js';
import portabilityChannel from './portability-channel.js';
import privacyContact from './privacy-contact.js';
import purposeLegalBasis from './purpose-legal-basis.js';
import purposeLegalObligation from './purpose-legal-obligation.js';
import purposeLegitimateInterest from './purpose-legitimate-interest.js';
import recipientsDeclared from './recipients-declared.js';
import registerIncomplete from './register-incomplete.js';
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
// The insurer rule pack (the Netherlands and Belgium), and transfers by date.
import codeOfConductApproval from './code-of-conduct-approval.js';
import complaintBodies from './complaint-bodies.js';
import criminalDataProvision from './criminal-data-provision.js';
import dpfBeforeAdoption from './dpf-before-adoption.js';
import incidentRegister from './incident-register.js';
import invalidatedTransferFramework from './invalidated-transfer-framework.js';
import supersededCodeOfConduct from './superseded-code-of-conduct.js';
import voluntaryDataRequired from './voluntary-data-required.js';

/** Every rule, explicitly. A new rule is one file here and one line below. */
export const rules: readonly Rule[] = [
  // Consistency of the input: what rendering relies on.
  duplicateId,
  unknownReference,
  translationMissing,
  localizedName,
  sourceLocale,
  markdownRestricted,
  invisibleCharacters,
  fontCoverage,
  invalidDate,
  unknownCountry,
  legalForm,
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
  automatedDecisionException,
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
  voluntaryDataRequired,
  // The Netherlands and Belgium (section 3).
  nationalIdBasis,
  healthDataNational,
  industryRegister,
  doNotCall,
  // The insurer rule pack: sector codes, the incident warning system, complaint bodies.
  criminalDataProvision,
  incidentRegister,
  complaintBodies,
  supersededCodeOfConduct,
  codeOfConductApproval,
  // Transfers by date: the frameworks that existed on the statement's date.
  dpfBeforeAdoption,
  invalidatedTransferFramework,
  // Quality warnings on the input's own prose (section 4).
  vagueRetention,
  hedgingLanguage,
  openEndedList,
  vagueRecipient,
  vagueLegitimateInterest,
  placeholderText,
  changeLog,
  materialChangeNotice,
  translationStale,
  // What an output needs beyond the statement, when that output is built.
  registerIncomplete,
];

const byId = new Map(rules.map((r) => [r.meta.id, r]));

export function ruleById(id: string): Rule | undefined {
  return byId.get(id);
}
