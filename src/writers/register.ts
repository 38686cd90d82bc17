import type { Address, DataCategory, Locale } from '../model/input.generated.js';
import type { ResolvedStatement } from '../model/statement.js';
import { frenchSpaces } from '../render/format.js';
import { translatorOf } from '../render/document.js';
import { countryName, formatDate, joinList, lowerFirst, plainIn, listIn, purposeFacts, purposeRetention, stripStop, type PurposeFacts } from './facts.js';

/**
 * The record of processing activities (GDPR Art. 30(1)), one row per purpose, in the columns of
 * the Belgian GBA/APD's model register: the same table for the CSV and the XLSX writer.
 */
export const registerColumns = [
  'id',
  'activity',
  'controller',
  'dpo',
  'purpose',
  'legalBasis',
  'condition',
  'dataSubjects',
  'dataCategories',
  'specialCategories',
  'recipients',
  'transfers',
  'retention',
  'source',
  'automated',
  'security',
  'dpia',
] as const;

export type RegisterColumn = (typeof registerColumns)[number];

/** Column widths in characters, for the spreadsheet. */
export const registerWidths: Record<RegisterColumn, number> = {
  id: 16,
  activity: 30,
  controller: 36,
  dpo: 32,
  purpose: 50,
  legalBasis: 32,
  condition: 32,
  dataSubjects: 28,
  dataCategories: 40,
  specialCategories: 26,
  recipients: 40,
  transfers: 40,
  retention: 44,
  source: 24,
  automated: 30,
  security: 44,
  dpia: 22,
};

export interface RegisterTable {
  sheet: string;
  headers: string[];
  rows: string[][];
}

/**
 * A cell a spreadsheet program would read as a formula (`=`, `+`, `-`, `@`, or a tab or carriage
 * return first) gets an apostrophe in front, as OWASP advises for CSV files: nothing from the
 * input becomes active content, in the CSV and the XLSX alike.
 */
export function inertCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

const addressLine = (a: Address, locale: Locale): string => `${a.street}, ${a.postalCode} ${a.city}, ${countryName(a.country, locale)}`;

export function registerTable(model: ResolvedStatement, locale: Locale): RegisterTable {
  const t = translatorOf(model, locale);
  const input = model.input;
  const plain = (text: Parameters<typeof plainIn>[0]) => plainIn(text, locale);
  const list = (items: string[]) => items.join('; ');
  const c = input.controller;
  const controller = [c.legalName ?? c.name, addressLine(c.address, locale), c.email, c.phone].filter(Boolean).join(', ');
  const contact = input.privacyContact;
  const dpo = contact
    ? [plain(contact.title) || t(`outputs.contactRole.${contact.role}`), contact.email, contact.phone, contact.address ? addressLine(contact.address, locale) : undefined, contact.contactForm]
        .filter(Boolean)
        .join(', ')
    : '';
  const categories = new Map(input.dataCategories.map((d) => [d.id, d]));
  const name = (d: DataCategory) => plain(d.name);
  const decisions = input.automatedDecisionMaking.used ? (input.automatedDecisionMaking.decisions ?? []) : [];
  const row = (f: PurposeFacts): Record<RegisterColumn, string> => {
    const p = f.purpose;
    const special = f.categories.filter((d) => d.kind === 'special');
    const conditions: string[] = [];
    if (special.length > 0 && p.specialCategoryCondition) conditions.push(t(`outputs.condition.${p.specialCategoryCondition}`) + (p.specialCategoryLaw ? ` (${plain(p.specialCategoryLaw)})` : ''));
    if (f.categories.some((d) => d.kind === 'criminal') && p.criminalDataBasis) conditions.push(t('outputs.criminal', { basis: plain(p.criminalDataBasis) }));
    if (f.categories.some((d) => d.kind === 'national-id') && p.nationalIdBasis) conditions.push(t('outputs.nationalId', { basis: plain(p.nationalIdBasis) }));
    let basis = t(`outputs.basis.${p.legalBasis}`);
    const ground = p.legalBasis === 'legitimate-interests' ? p.legitimateInterest : p.legalBasis === 'legal-obligation' || p.legalBasis === 'public-task' ? p.legalObligation : undefined;
    if (ground) basis += `: ${lowerFirst(stripStop(plain(ground)))}`;
    const sources = [...new Set(f.categories.map((d) => d.source ?? 'data-subject'))].map((s) => t(`outputs.source.${s}`));
    const served = decisions.filter((d) => !d.purposes || d.purposes.length === 0 || d.purposes.includes(p.id));
    return {
      id: p.id,
      activity: plain(p.name),
      controller,
      dpo,
      purpose: plain(p.description),
      legalBasis: basis,
      condition: list(conditions),
      dataSubjects: list(listIn(p.dataSubjects, locale)),
      dataCategories: list(f.categories.map(name)),
      specialCategories: list(special.map((d) => (d.special ? `${name(d)} (${t(`outputs.special.${d.special}`)})` : name(d)))),
      recipients: list(f.recipients.map((r) => `${plain(r.name)} (${t(`outputs.role.${r.role}`)})`)),
      transfers:
        f.transfers.length === 0
          ? t('outputs.noTransfer')
          : list(
              f.transfers.map(({ recipient, countries }) =>
                t('outputs.transfer', {
                  recipient: plain(recipient.name),
                  countries: joinList(countries.map((code) => countryName(code, locale)), t),
                  safeguard: t(`outputs.safeguard.${recipient.transfer?.safeguard ?? 'adequacy-decision'}`),
                }),
              ),
            ),
      retention: purposeRetention(f, t, (text) => (text === undefined ? undefined : plain(text) || undefined), name, categories),
      source: joinList(sources, t),
      automated: served.length > 0 ? t('outputs.automated', { decisions: list(served.map((d) => plain(d.name))) }) : t('outputs.noDecision'),
      security: plain(p.securityMeasures ?? input.security),
      dpia: p.dpia ? (p.dpia.status === 'completed' && p.dpia.date ? t('outputs.dpia.completedOn', { date: formatDate(p.dpia.date, locale, t) }) : t(`outputs.dpia.${p.dpia.status}`)) : '',
    };
  };
  return {
    sheet: t('outputs.register.sheet'),
    headers: registerColumns.map((col) => t(`outputs.register.columns.${col}`)),
    rows: purposeFacts(model).map((f) => {
      const r = row(f);
      // One line per cell: a CSV read line by line, or a filter, finds every row whole. Only line
      // breaks and runs of ordinary white space go; French gets its no-break spaces, as in the statement.
      const cell = (value: string): string => value.replace(/[ \t\r\n]+/g, ' ').trim();
      return registerColumns.map((col) => inertCell(locale === 'fr' ? frenchSpaces(cell(r[col])) : cell(r[col])));
    }),
  };
}
