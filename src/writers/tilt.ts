import { createHash } from 'node:crypto';
import type { Address, Locale } from '../model/input.generated.js';
import { translatorOf } from '../render/document.js';
import { plainIn, purposeFacts, type PurposeFacts } from './facts.js';
import type { Writer } from './types.js';

/**
 * The statement in one language as a TILT document (Transparency Information Language,
 * github.com/Transparency-Information-Language/schema, draft-07), valid against its schema
 * (a copy with its licence is in test/fixtures/tilt/). TILT is organised by data category: each
 * category lists the purposes, legal bases, recipients and storage that apply to it.
 *
 * TILT asks for an integer `meta.version`: it is the statement's version id read as the
 * hexadecimal number it is (`parseInt(version, 16)`, exact below 2^53), and `meta.versionId`
 * carries the id as written elsewhere. `meta.created` and `meta.modified` are dates of the
 * statement, never the clock, so that the file is the same on every run.
 *
 * TILT requires an e-mail address for the controller's representative and the data protection
 * officer; they are the privacy contact's, the rights channel's or the controller's, in that
 * order. A statement that gives no e-mail address anywhere leaves them empty, and its TILT
 * document is then not valid TILT.
 */

/** TILT's pattern for phone numbers; a number it does not accept is left out. */
const tiltPhone = /^[+]*[(]{0,1}[0-9]{1,4}[)]{0,1}[-\s./0-9]*$/;
const phone = (value: string | undefined) => (value !== undefined && tiltPhone.test(value) ? { phone: value } : {});
const addressText = (a: Address): string => `${a.street}, ${a.postalCode} ${a.city}`;
const gdpr = (article: string): string => `GDPR-${article}`;

const basisArticle: Record<string, string> = {
  consent: '6-1-a',
  contract: '6-1-b',
  'legal-obligation': '6-1-c',
  'vital-interests': '6-1-d',
  'public-task': '6-1-e',
  'legitimate-interests': '6-1-f',
};

const conditionArticle: Record<string, string> = {
  'explicit-consent': '9-2-a',
  'employment-social-security': '9-2-b',
  'vital-interests': '9-2-c',
  'not-for-profit-body': '9-2-d',
  'made-public': '9-2-e',
  'legal-claims': '9-2-f',
  'substantial-public-interest': '9-2-g',
  'health-care': '9-2-h',
  'public-health': '9-2-i',
  'archiving-research': '9-2-j',
};

/** A stable identifier in the form TILT's examples use (a UUID), from the statement, locale and item. */
function idOf(...parts: string[]): string {
  const h = createHash('sha256').update(parts.join('\u0000')).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

export const writeTilt: Writer<string> = ({ model, locale }) => {
  const t = translatorOf(model, locale);
  const input = model.input;
  const plain = (text: Parameters<typeof plainIn>[0]) => plainIn(text, locale);
  const id = input.statement.id;
  const c = input.controller;
  const contact = input.privacyContact;
  const channels = input.rights.channels;
  const email = contact?.email ?? channels.email ?? c.email ?? c.representative?.email;
  const facts = purposeFacts(model);
  const page = `${id}.${locale}.html`;
  const usedBy = (categoryId: string): PurposeFacts[] => facts.filter((f) => f.purpose.dataCategories.includes(categoryId));
  const rep = c.representative;
  const authority = model.authority.locales[locale];
  const channel = { ...(channels.email ? { email: channels.email } : {}), ...(channels.contactForm ? { url: channels.contactForm } : {}) };
  const right = (available: boolean, description: string) => ({ available, description, ...channel });
  const rights = model.rights;
  const lastAmended = input.statement.lastAmended;
  const created = [lastAmended, ...(input.changes ?? []).map((ch) => ch.date)].sort()[0]!;

  const document = {
    meta: {
      _id: idOf(id, locale),
      name: c.name,
      created,
      modified: lastAmended,
      version: Math.max(1, parseInt(model.version, 16)),
      versionId: model.version,
      language: locale as Locale,
      status: 'active',
      url: page,
      _hash: '',
    },
    controller: {
      name: c.legalName ?? c.name,
      address: addressText(c.address),
      country: c.address.country,
      representative: rep
        ? { name: rep.name, email: rep.email ?? email ?? '' }
        : { name: plain(contact?.title) || t(`outputs.contactRole.${contact?.role ?? 'dpo'}`), email: email ?? '', ...phone(contact?.phone ?? c.phone) },
    },
    dataProtectionOfficer: {
      name: plain(contact?.title) || t(`outputs.contactRole.${contact?.role ?? 'dpo'}`),
      address: addressText(contact?.address ?? c.address),
      country: (contact?.address ?? c.address).country,
      email: email ?? '',
      ...phone(contact?.phone),
    },
    dataDisclosed: input.dataCategories.map((category) => {
      const users = usedBy(category.id);
      const recipients = new Map(users.flatMap((f) => f.recipients.map((r) => [r.id, r] as const)));
      const retention = model.retention.filter(({ rule }) => rule.dataCategories.includes(category.id)).map((r) => r.rule);
      const requirement = category.provision?.requirement;
      return {
        _id: idOf(id, locale, 'data', category.id),
        category: plain(category.name),
        purposes: users.map((f) => ({ purpose: plain(f.purpose.name), description: plain(f.purpose.description) })),
        legalBases: [
          ...new Map(
            users.flatMap((f) => {
              const bases = [[gdpr(basisArticle[f.purpose.legalBasis]!), t(`outputs.basis.${f.purpose.legalBasis}`)] as const];
              if (category.kind === 'special' && f.purpose.specialCategoryCondition) bases.push([gdpr(conditionArticle[f.purpose.specialCategoryCondition]!), t(`outputs.condition.${f.purpose.specialCategoryCondition}`)] as const);
              if (category.kind === 'criminal') bases.push([gdpr('10'), plain(f.purpose.criminalDataBasis)] as const);
              return bases;
            }),
          ),
        ].map(([reference, description]) => ({ reference, description })),
        legitimateInterests: users
          .filter((f) => f.purpose.legalBasis === 'legitimate-interests')
          .map((f) => ({ exists: true, reasoning: plain(f.purpose.legitimateInterest) || plain(f.purpose.name) })),
        recipients: [...recipients.values()].map((r) => {
          const countries = model.recipients.find((x) => x.recipient === r)?.countries ?? [];
          return { name: plain(r.name), category: t(`outputs.role.${r.role}`), ...(countries.length === 1 ? { country: countries[0]! } : {}) };
        }),
        storage: retention.map((rule) => ({
          ...(rule.period ? { temporal: [{ description: plain(rule.from) || plain(category.name), ttl: rule.period }] } : {}),
          ...(rule.criteria ? { purposeConditional: [plain(rule.criteria)] } : {}),
          aggregationFunction: 'max',
        })),
        nonDisclosure: {
          legalRequirement: requirement === 'statutory',
          contractualRegulation: requirement === 'contractual' || requirement === 'contract-prerequisite',
          obligationToProvide: requirement !== undefined && requirement !== 'voluntary',
          consequences: plain(category.provision?.consequence) || (requirement ? t(`outputs.notices.consequence.${requirement}`) : ''),
        },
      };
    }),
    thirdCountryTransfers: model.transfers.flatMap(({ recipient, outsideEea }) =>
      outsideEea.map((country) => {
        const safeguard = recipient.transfer?.safeguard;
        const adequacy = safeguard === undefined || safeguard === 'adequacy-decision' || safeguard === 'eu-us-data-privacy-framework';
        const described = t(`outputs.safeguard.${safeguard ?? 'adequacy-decision'}`);
        return {
          country,
          adequacyDecision: { available: adequacy, ...(adequacy ? { description: described } : {}) },
          appropriateGuarantees: { available: !adequacy && safeguard !== 'derogation', ...(!adequacy ? { description: described } : {}) },
          // TILT asks for a description wherever it says a safeguard is available.
          standardDataProtectionClause: { available: safeguard === 'standard-contractual-clauses', ...(safeguard === 'standard-contractual-clauses' ? { description: described } : {}) },
        };
      }),
    ),
    accessAndDataPortability: { ...right(true, t('outputs.tilt.access')), dataFormats: ['json', 'csv', 'pdf'] },
    sources: input.dataCategories
      .filter((category) => (category.source ?? 'data-subject') !== 'data-subject')
      .map((category) => ({
        _id: idOf(id, locale, 'source', category.id),
        dataCategory: plain(category.name),
        sources: [{ description: plain(category.sourceDescription) || t(`outputs.source.${category.source!}`), url: `${page}#data`, publiclyAvailable: category.source === 'public' }],
      })),
    rightToInformation: right(true, t('outputs.tilt.information')),
    rightToRectificationOrDeletion: right(true, t('outputs.tilt.rectification')),
    rightToDataPortability: right(rights.portability.length > 0, t('outputs.tilt.portability')),
    rightToWithdrawConsent: right(rights.withdrawConsent.length > 0, t('outputs.tilt.withdraw')),
    rightToComplain: {
      available: true,
      description: t('outputs.tilt.complaint'),
      url: authority.website,
      supervisoryAuthority: { name: authority.name, address: authority.address.join(', '), country: model.authority.country, ...phone(authority.phone) },
    },
    automatedDecisionMaking: {
      inUse: rights.automatedDecisions,
      ...(rights.automatedDecisions
        ? {
            logicInvolved: (input.automatedDecisionMaking.decisions ?? []).map((d) => plain(d.logic)).join(' '),
            scopeAndIntendedEffects: (input.automatedDecisionMaking.decisions ?? []).map((d) => plain(d.significance)).join(' '),
          }
        : {}),
    },
    changesOfPurpose: [],
  };
  document.meta._hash = createHash('sha256').update(JSON.stringify(document)).digest('hex');
  return JSON.stringify(document, null, 2) + '\n';
};
