import type { LocalizedText } from '../model/input.generated.js';
import { translatorOf } from '../render/document.js';
import { listIn, plainIn, purposeFacts } from './facts.js';
import type { Writer } from './types.js';

/**
 * The statement in W3C Data Privacy Vocabulary terms (`<id>.jsonld`): each purpose a
 * `dpv:PersonalDataHandling` with its purpose, personal data, data subjects, recipients, storage
 * duration and legal basis, the legal bases as the concepts of DPV's GDPR extension (`A6-1-a` …
 * `A6-1-f`, `A9-2-a` … `A9-2-j`), transfers as their own handling with the third countries and
 * the safeguard (`A45-3`, `A46-2-b`, `A46-2-c`). Labels and descriptions carry every language of
 * the build as language-tagged strings. The `@context` is inline: expanding the document fetches
 * nothing. Concept IRIs as in DPV 2.1 (w3id.org/dpv and w3id.org/dpv/legal/eu/gdpr).
 */
export const dpv = 'https://w3id.org/dpv#';
export const eugdpr = 'https://w3id.org/dpv/legal/eu/gdpr#';

const id = { '@type': '@id' } as const;
const languages = { '@container': '@language' } as const;

export const context = {
  dpv,
  'eu-gdpr': eugdpr,
  loc: 'https://w3id.org/dpv/loc#',
  dct: 'http://purl.org/dc/terms/',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  label: { '@id': 'rdfs:label', ...languages },
  description: { '@id': 'dct:description', ...languages },
  title: { '@id': 'dct:title', ...languages },
  identifier: { '@id': 'dct:identifier' },
  version: { '@id': 'dct:hasVersion' },
  modified: { '@id': 'dct:modified', '@type': 'xsd:date' },
  valid: { '@id': 'dct:valid', '@type': 'xsd:date' },
  'dpv:hasDataController': id,
  'dpv:hasPersonalDataHandling': id,
  'dpv:hasPurpose': id,
  'dpv:hasPersonalData': id,
  'dpv:hasDataSubject': id,
  'dpv:hasRecipient': id,
  'dpv:hasLegalBasis': id,
  'dpv:hasStorageCondition': id,
  'dpv:hasDuration': id,
  'dpv:hasProcessing': id,
  'dpv:hasCountry': id,
  'dpv:hasThirdCountry': id,
  'dpv:hasTechnicalOrganisationalMeasure': id,
  'dpv:hasImpactAssessment': id,
  'dpv:hasDataProtectionOfficer': id,
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
} as const;

export const legalBasisIri: Record<string, string> = {
  consent: 'eu-gdpr:A6-1-a',
  contract: 'eu-gdpr:A6-1-b',
  'legal-obligation': 'eu-gdpr:A6-1-c',
  'vital-interests': 'eu-gdpr:A6-1-d',
  'public-task': 'eu-gdpr:A6-1-e',
  'legitimate-interests': 'eu-gdpr:A6-1-f',
};

export const conditionIri: Record<string, string> = {
  'explicit-consent': 'eu-gdpr:A9-2-a',
  'employment-social-security': 'eu-gdpr:A9-2-b',
  'vital-interests': 'eu-gdpr:A9-2-c',
  'not-for-profit-body': 'eu-gdpr:A9-2-d',
  'made-public': 'eu-gdpr:A9-2-e',
  'legal-claims': 'eu-gdpr:A9-2-f',
  'substantial-public-interest': 'eu-gdpr:A9-2-g',
  'health-care': 'eu-gdpr:A9-2-h',
  'public-health': 'eu-gdpr:A9-2-i',
  'archiving-research': 'eu-gdpr:A9-2-j',
};

/** A transfer's safeguard; a derogation (Art. 49) names no point of Art. 49(1), so it is DPV's general transfer basis. */
export const safeguardIri: Record<string, string> = {
  'adequacy-decision': 'eu-gdpr:A45-3',
  'eu-us-data-privacy-framework': 'eu-gdpr:A45-3',
  'standard-contractual-clauses': 'eu-gdpr:A46-2-c',
  'binding-corporate-rules': 'eu-gdpr:A46-2-b',
  derogation: 'dpv:DataTransferLegalBasis',
};

const roleClass: Record<string, string[]> = {
  processor: ['dpv:Recipient', 'dpv:DataProcessor'],
  controller: ['dpv:Recipient', 'dpv:DataController'],
  'joint-controller': ['dpv:Recipient', 'dpv:JointDataControllers'],
  'public-authority': ['dpv:Recipient', 'dpv:Authority'],
};

export const writeJsonLd: Writer<string> = ({ model, locales }) => {
  const input = model.input;
  const base = `urn:privacy-statement:${input.statement.id}`;
  /** A text in every locale of the statement, as a language map (`@none` for one text in all languages). */
  const labels = (text: LocalizedText | undefined): Record<string, string> | undefined => {
    if (text === undefined) return undefined;
    if (typeof text === 'string') return { '@none': plainIn(text, locales[0]!) };
    const out: Record<string, string> = {};
    for (const l of locales) {
      const value = plainIn(text, l);
      if (value) out[l] = value;
    }
    return Object.keys(out).length > 0 ? out : undefined;
  };
  const fixed = (key: string): Record<string, string> => Object.fromEntries(locales.map((l) => [l, translatorOf(model, l)(key)]));
  const withLabels = (key: 'label' | 'description', text: LocalizedText | undefined) => {
    const value = labels(text);
    return value ? { [key]: value } : {};
  };
  const controller = `${base}:controller`;
  const categoryIri = (cid: string) => `${base}:data:${cid}`;
  const recipientIri = (rid: string) => `${base}:recipient:${rid}`;
  const measures = (text: LocalizedText | undefined, owner: string) => (text === undefined ? [] : [{ '@id': `${owner}:measures`, '@type': 'dpv:TechnicalOrganisationalMeasure', ...withLabels('description', text) }]);

  const handlings = purposeFacts(model).map((f) => {
    const p = f.purpose;
    const iri = `${base}:purpose:${p.id}`;
    const special = f.categories.some((c) => c.kind === 'special');
    const subjects = Object.fromEntries(locales.map((l) => [l, listIn(p.dataSubjects, l)]));
    const subjectCount = Math.max(0, ...Object.values(subjects).map((s) => s.length));
    return {
      '@id': iri,
      '@type': 'dpv:PersonalDataHandling',
      identifier: p.id,
      ...withLabels('label', p.name),
      'dpv:hasPurpose': { '@id': `${iri}:purpose`, '@type': 'dpv:Purpose', ...withLabels('label', p.name), ...withLabels('description', p.description) },
      'dpv:hasLegalBasis': [legalBasisIri[p.legalBasis]!, ...(special && p.specialCategoryCondition ? [conditionIri[p.specialCategoryCondition]!] : [])],
      'dpv:hasDataController': controller,
      'dpv:hasPersonalData': f.categories.map((c) => categoryIri(c.id)),
      ...(subjectCount > 0
        ? {
            'dpv:hasDataSubject': Array.from({ length: subjectCount }, (_, i) => ({
              '@id': `${iri}:subject:${i + 1}`,
              '@type': 'dpv:DataSubject',
              label: Object.fromEntries(locales.flatMap((l) => (subjects[l]![i] ? [[l, subjects[l]![i]!]] : []))),
            })),
          }
        : {}),
      ...(f.recipients.length > 0 ? { 'dpv:hasRecipient': f.recipients.map((r) => recipientIri(r.id)) } : {}),
      ...(f.retention.length > 0
        ? {
            'dpv:hasStorageCondition': f.retention.map((rule) => ({
              '@id': `${iri}:storage:${rule.id}`,
              '@type': 'dpv:StorageDuration',
              ...(rule.period ? { 'dpv:hasDuration': { '@id': `${iri}:storage:${rule.id}:duration`, '@type': 'dpv:Duration', 'rdf:value': { '@value': rule.period, '@type': 'xsd:duration' } } } : {}),
              ...withLabels('description', rule.criteria ?? rule.from),
            })),
          }
        : {}),
      ...(p.securityMeasures !== undefined || input.security !== undefined ? { 'dpv:hasTechnicalOrganisationalMeasure': measures(p.securityMeasures ?? input.security, p.securityMeasures !== undefined ? iri : base) } : {}),
      ...(p.dpia ? { 'dpv:hasImpactAssessment': { '@id': `${iri}:dpia`, '@type': 'dpv:DPIA', label: fixed(`outputs.dpia.${p.dpia.status}`), ...(p.dpia.date ? { modified: p.dpia.date } : {}) } } : {}),
      ...(f.transfers.length > 0
        ? {
            'dpv:hasPersonalDataHandling': f.transfers.map(({ recipient, countries }) => ({
              '@id': `${iri}:transfer:${recipient.id}`,
              '@type': 'dpv:PersonalDataHandling',
              'dpv:hasProcessing': 'dpv:Transfer',
              'dpv:hasRecipient': recipientIri(recipient.id),
              'dpv:hasThirdCountry': countries.map((c) => `loc:${c}`),
              'dpv:hasLegalBasis': safeguardIri[recipient.transfer?.safeguard ?? 'adequacy-decision']!,
            })),
          }
        : {}),
    };
  });

  const contact = input.privacyContact;
  const document = {
    '@context': context,
    '@id': base,
    '@type': 'dpv:PrivacyNotice',
    identifier: input.statement.id,
    title: input.statement.title ? labels(input.statement.title) : fixed('document.title'),
    version: model.version,
    modified: input.statement.lastAmended,
    ...(input.statement.effectiveFrom ? { valid: input.statement.effectiveFrom } : {}),
    'dpv:hasDataController': {
      '@id': controller,
      '@type': 'dpv:DataController',
      'dpv:hasName': input.controller.legalName ?? input.controller.name,
      'dpv:hasAddress': `${input.controller.address.street}, ${input.controller.address.postalCode} ${input.controller.address.city}`,
      'dpv:hasCountry': `loc:${input.controller.address.country}`,
      ...(input.controller.email ? { 'dpv:hasContact': input.controller.email } : {}),
      ...(contact
        ? { 'dpv:hasDataProtectionOfficer': { '@id': `${controller}:privacy-contact`, '@type': contact.role === 'dpo' ? 'dpv:DataProtectionOfficer' : 'dpv:Representative', ...(contact.email ? { 'dpv:hasContact': contact.email } : {}), ...(contact.title ? withLabels('label', contact.title) : { label: fixed(`outputs.contactRole.${contact.role}`) }) } }
        : {}),
    },
    'dpv:hasPersonalDataHandling': handlings,
    'dpv:hasPersonalData': input.dataCategories.map((c) => ({
      '@id': categoryIri(c.id),
      '@type': c.kind === 'special' ? ['dpv:PersonalData', 'dpv:SpecialCategoryPersonalData'] : 'dpv:PersonalData',
      identifier: c.id,
      ...withLabels('label', c.name),
    })),
    'dpv:hasRecipient': model.recipients.map(({ recipient: r, countries }) => ({
      '@id': recipientIri(r.id),
      '@type': roleClass[r.role],
      identifier: r.id,
      ...withLabels('label', r.name),
      ...withLabels('description', r.description),
      ...(countries.length > 0 ? { 'dpv:hasCountry': countries.map((c) => `loc:${c}`) } : {}),
    })),
  };
  return JSON.stringify(document, null, 2) + '\n';
};
