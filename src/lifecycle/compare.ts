import { adequacy, isEea } from '../data/countries.js';
import { pointer } from '../load/pointer.js';
import type {
  Address,
  AutomatedDecision,
  DataCategory,
  LocalizedText,
  Purpose,
  Recipient,
  RetentionRule,
  StatementSource,
} from '../model/input.generated.js';
import { allNames } from '../model/names.js';
import { countriesOf } from '../model/shown.js';
import { parseDuration } from '../text/dates.js';
import type { ChangeClass, ChangeKind, ChangeSubject, FoundChange, Piece } from './changes.js';
import { canonicalJson } from './version.js';

/**
 * What changed between two checked versions of a statement, and how much it matters.
 *
 * Items are matched by id, never by position: reordering a list or reformatting the file is no
 * change. Each change is classed by the lifecycle contract's table: `material` (people must be
 * told before it applies: GDPR Art. 13(3), 14(4); WP260 rev.01 § 31), `favourable` (something
 * stops or becomes more limited), `editorial` (wording, dates, contact details other than the
 * rights channels).
 */
export function compareStatements(before: StatementSource, after: StatementSource): FoundChange[] {
  const out: FoundChange[] = [];
  const add = (change: FoundChange) => out.push(change);
  compareStatementBlock(before, after, add);
  compareController(before, after, add);
  comparePrivacyContact(before, after, add);
  compareCategories(before, after, add);
  comparePurposes(before, after, add);
  compareRecipients(before, after, add);
  compareRetention(before, after, add);
  compareRights(before, after, add);
  compareDecisions(before, after, add);
  compareSections(before, after, add);
  return out;
}

type Add = (change: FoundChange) => void;

const same = (a: unknown, b: unknown): boolean => canonicalJson(a ?? null) === canonicalJson(b ?? null);

/** The provisions behind a change: the item's own article, and for material changes the notice duty. */
function references(cls: ChangeClass, articles: string[], indirect = false): string[] {
  if (cls === 'material') return [...articles, 'GDPR Art. 13(3)', ...(indirect ? ['GDPR Art. 14(4)'] : []), 'WP260 rev.01 § 31'];
  if (cls === 'favourable') return articles;
  return ['GDPR Art. 12(1)'];
}

function change(
  cls: ChangeClass,
  kind: ChangeKind,
  subject: ChangeSubject,
  id: string | undefined,
  path: string,
  what: string,
  values: Record<string, Piece>,
  articles: string[],
  indirect = false,
): FoundChange {
  return { class: cls, kind, subject, ...(id !== undefined ? { id } : {}), path, what, values, references: references(cls, articles, indirect) };
}

const text = (t: LocalizedText | undefined): Piece => ({ text: t ?? '' });
const list = (pieces: Piece[]): Piece => ({ list: pieces });
const literal = (s: string): Piece => ({ literal: s });
const key = (k: string): Piece => ({ key: k });

interface Indexed<T> {
  item: T;
  index: number;
}

function byId<T extends { id: string }>(items: readonly T[] | undefined): Map<string, Indexed<T>> {
  return new Map((items ?? []).map((item, index) => [item.id, { item, index }]));
}

/** The fields of two objects whose values differ, among `fields`. */
function changedFields<T extends object>(a: T, b: T, fields: readonly (keyof T & string)[]): string[] {
  return fields.filter((f) => !same(a[f], b[f]));
}

// The statement block, the controller and the privacy contact.

function compareStatementBlock(before: StatementSource, after: StatementSource, add: Add): void {
  const a = before.statement;
  const b = after.statement;
  if (a.authority !== b.authority) {
    add(change('material', 'changed', 'statement', undefined, '/statement/authority', 'authority', { from: key(`lifecycle.authority.${a.authority}`), to: key(`lifecycle.authority.${b.authority}`) }, ['GDPR Art. 13(2)(d)']));
  }
  if (a.lastAmended !== b.lastAmended || a.effectiveFrom !== b.effectiveFrom) {
    add(change('editorial', 'changed', 'statement', undefined, '/statement/lastAmended', 'dates', { from: literal(a.lastAmended), to: literal(b.lastAmended) }, []));
  }
  // Everything else in the block is wording or presentation (title, introduction, languages...).
  const others = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => !['id', 'authority', 'lastAmended', 'effectiveFrom'].includes(k)).sort();
  const wording = changedFields(a as unknown as Record<string, unknown>, b as unknown as Record<string, unknown>, others);
  if (wording.length > 0) add(change('editorial', 'changed', 'statement', undefined, '/statement', 'statement-wording', { fields: fieldList(wording) }, []));
  if (!same(before.changes, after.changes)) add(change('editorial', 'changed', 'statement', undefined, '/changes', 'change-log', {}, []));
}

function compareController(before: StatementSource, after: StatementSource, add: Add): void {
  const a = before.controller;
  const b = after.controller;
  const identity = changedFields(a, b, ['name', 'legalName', 'registration']);
  if (identity.length > 0) {
    add(change('material', 'changed', 'controller', undefined, `/controller/${identity[0]}`, 'controller-identity', { from: literal(controllerName(a)), to: literal(controllerName(b)) }, ['GDPR Art. 13(1)(a)', 'GDPR Art. 14(1)(a)'], true));
  }
  if (!same(a.representative?.name, b.representative?.name)) {
    const cls: ChangeClass = b.representative ? 'material' : 'favourable';
    add(change(cls, a.representative ? (b.representative ? 'changed' : 'removed') : 'added', 'controller', undefined, '/controller/representative', b.representative ? 'representative' : 'representative-removed', { name: literal(b.representative?.name ?? a.representative?.name ?? '') }, ['GDPR Art. 13(1)(a)', 'GDPR Art. 27']));
  }
  const details = changedFields(a, b, ['address', 'email', 'phone', 'contactForm', 'website', 'group']);
  if (a.representative && b.representative && !same({ ...a.representative, name: '' }, { ...b.representative, name: '' })) details.push('representative');
  if (details.length > 0) add(change('editorial', 'changed', 'controller', undefined, `/controller/${details[0]}`, 'contact-details', { fields: fieldList(details.map((f) => `controller.${f}`)) }, []));
}

function controllerName(c: StatementSource['controller']): string {
  const legal = allNames(c.legalName).join(' / ');
  return legal && legal !== c.name ? `${c.name} (${legal})` : c.name;
}

function comparePrivacyContact(before: StatementSource, after: StatementSource, add: Add): void {
  if (same(before.privacyContact, after.privacyContact)) return;
  const kind: ChangeKind = !before.privacyContact ? 'added' : !after.privacyContact ? 'removed' : 'changed';
  const fields = before.privacyContact && after.privacyContact ? changedFields(before.privacyContact, after.privacyContact, ['title', 'role', 'email', 'phone', 'address', 'contactForm']).map((f) => `privacy-${f}`) : ['privacy-contact'];
  add(change('editorial', kind, 'privacy-contact', undefined, '/privacyContact', 'privacy-contact', { fields: fieldList(fields) }, []));
}

// Data categories.

const heavierKinds = new Set(['special', 'criminal', 'national-id']);

function kindOf(c: DataCategory): string {
  return c.kind === 'special' ? `special:${c.special ?? ''}` : (c.kind ?? 'regular');
}

function kindPiece(c: DataCategory): Piece {
  return c.kind === 'special' ? key(`data.special.${c.special}`) : key(`lifecycle.kind.${c.kind ?? 'regular'}`);
}

function compareCategories(before: StatementSource, after: StatementSource, add: Add): void {
  const old = byId(before.dataCategories);
  const now = byId(after.dataCategories);
  for (const [id, { item, index }] of now) {
    const was = old.get(id);
    const path = pointer('dataCategories', index);
    if (!was) {
      add(change('material', 'added', 'data-category', id, path, 'category-added', { name: text(item.name) }, ['GDPR Art. 13(1)(c)', 'GDPR Art. 14(1)(d)'], true));
      if ((item.source ?? 'data-subject') !== 'data-subject') add(sourceChange(item, index, 'added'));
      continue;
    }
    const a = was.item;
    if (kindOf(a) !== kindOf(item)) {
      if (heavierKinds.has(item.kind ?? 'regular')) {
        const article = item.kind === 'special' ? 'GDPR Art. 9(1)' : item.kind === 'criminal' ? 'GDPR Art. 10' : 'GDPR Art. 87';
        add(change('material', 'changed', 'data-category', id, pointer('dataCategories', index, 'kind'), 'category-kind', { name: text(item.name), kind: kindPiece(item) }, [article]));
      } else {
        add(change('favourable', 'changed', 'data-category', id, pointer('dataCategories', index, 'kind'), 'category-kind-regular', { name: text(item.name), kind: kindPiece(a) }, ['GDPR Art. 9(1)', 'GDPR Art. 10']));
      }
    }
    const sourceBefore = a.source ?? 'data-subject';
    const sourceNow = item.source ?? 'data-subject';
    if (sourceBefore !== sourceNow) {
      if (sourceNow === 'data-subject') {
        add(change('favourable', 'changed', 'source', id, pointer('dataCategories', index, 'source'), 'source-data-subject', { name: text(item.name) }, ['GDPR Art. 14(2)(f)']));
      } else add(sourceChange(item, index, 'changed'));
    }
    const required = (c: DataCategory) => c.provision !== undefined && c.provision.requirement !== 'voluntary';
    const voluntary = (c: DataCategory) => c.provision?.requirement === 'voluntary';
    const provisionPath = pointer('dataCategories', index, 'provision');
    if (voluntary(a) && required(item)) {
      add(change('material', 'changed', 'data-category', id, provisionPath, 'provision-required', { name: text(item.name), requirement: key(`data.provision.${item.provision!.requirement}`) }, ['GDPR Art. 13(2)(e)']));
    } else if (required(a) && voluntary(item)) {
      add(change('favourable', 'changed', 'data-category', id, provisionPath, 'provision-voluntary', { name: text(item.name) }, ['GDPR Art. 13(2)(e)']));
    }
    const wording = changedFields(a, item, ['name', 'description', 'examples', 'sourceDescription']);
    if (sourceBefore === sourceNow && wording.includes('sourceDescription') && sourceNow !== 'data-subject') {
      // Another source described under the same kind of source is a new source (Art. 14(2)(f)).
      add(change('material', 'changed', 'source', id, pointer('dataCategories', index, 'sourceDescription'), 'source-changed', { name: text(item.name), source: text(item.sourceDescription) }, ['GDPR Art. 14(2)(f)'], true));
      wording.splice(wording.indexOf('sourceDescription'), 1);
    }
    if (!same(a.provision, item.provision) && !(voluntary(a) && required(item)) && !(required(a) && voluntary(item))) wording.push('provision');
    if (wording.length > 0) add(change('editorial', 'changed', 'data-category', id, pointer('dataCategories', index, wording[0]!), 'category-wording', { name: text(item.name), fields: fieldList(wording) }, []));
  }
  for (const [id, { item, index }] of old) {
    if (!now.has(id)) add(change('favourable', 'removed', 'data-category', id, pointer('dataCategories', index), 'category-removed', { name: text(item.name) }, ['GDPR Art. 13(1)(c)', 'GDPR Art. 14(1)(d)']));
  }
}

function sourceChange(item: DataCategory, index: number, kind: ChangeKind): FoundChange {
  return change('material', kind, 'source', item.id, pointer('dataCategories', index, 'source'), 'source-changed', { name: text(item.name), source: text(item.sourceDescription) }, ['GDPR Art. 14(1)(d)', 'GDPR Art. 14(2)(f)'], true);
}

// Purposes.

function comparePurposes(before: StatementSource, after: StatementSource, add: Add): void {
  const old = byId(before.purposes);
  const now = byId(after.purposes);
  const categoryNames = names(after.dataCategories, before.dataCategories);
  for (const [id, { item, index }] of now) {
    const was = old.get(id);
    if (!was) {
      add(change('material', 'added', 'purpose', id, pointer('purposes', index), 'purpose-added', { name: text(item.name), basis: key(`lifecycle.basis.${item.legalBasis}`) }, ['GDPR Art. 13(1)(c)'], true));
      continue;
    }
    const a = was.item;
    const at = (field: string) => pointer('purposes', index, field);
    if (a.legalBasis !== item.legalBasis) {
      add(change('material', 'changed', 'purpose', id, at('legalBasis'), 'purpose-basis', { name: text(item.name), from: key(`lifecycle.basis.${a.legalBasis}`), to: key(`lifecycle.basis.${item.legalBasis}`) }, ['GDPR Art. 13(1)(c)', 'GDPR Art. 6(1)']));
    }
    if (item.specialCategoryCondition !== undefined && a.specialCategoryCondition !== item.specialCategoryCondition) {
      add(change('material', 'changed', 'purpose', id, at('specialCategoryCondition'), 'purpose-condition', { name: text(item.name), to: key(`purposes.condition.${item.specialCategoryCondition}`) }, ['GDPR Art. 9(2)']));
    }
    const gained = item.dataCategories.filter((c) => !a.dataCategories.includes(c));
    const lost = a.dataCategories.filter((c) => !item.dataCategories.includes(c));
    if (gained.length > 0) add(change('material', 'changed', 'purpose', id, at('dataCategories'), 'purpose-categories-added', { name: text(item.name), categories: list(gained.map(categoryNames)) }, ['GDPR Art. 13(1)(c)', 'GDPR Art. 14(1)(d)'], true));
    if (lost.length > 0) add(change('favourable', 'changed', 'purpose', id, at('dataCategories'), 'purpose-categories-removed', { name: text(item.name), categories: list(lost.map(categoryNames)) }, ['GDPR Art. 13(1)(c)']));
    if (!a.directMarketing && item.directMarketing) add(change('material', 'changed', 'purpose', id, at('directMarketing'), 'purpose-direct-marketing', { name: text(item.name) }, ['GDPR Art. 13(1)(c)', 'GDPR Art. 21(2)']));
    if (a.directMarketing && !item.directMarketing) add(change('favourable', 'changed', 'purpose', id, at('directMarketing'), 'purpose-no-direct-marketing', { name: text(item.name) }, ['GDPR Art. 21(2)']));
    const wording = changedFields(a, item, ['name', 'description', 'legitimateInterest', 'legalObligation', 'consentWithdrawal', 'specialCategoryLaw', 'criminalDataBasis', 'nationalIdBasis']);
    if (item.specialCategoryCondition === undefined && a.specialCategoryCondition !== undefined) wording.push('specialCategoryCondition');
    if (wording.length > 0) add(change('editorial', 'changed', 'purpose', id, at(wording[0]!), 'purpose-wording', { name: text(item.name), fields: fieldList(wording) }, []));
  }
  for (const [id, { item, index }] of old) {
    if (!now.has(id)) add(change('favourable', 'removed', 'purpose', id, pointer('purposes', index), 'purpose-removed', { name: text(item.name) }, ['GDPR Art. 13(1)(c)']));
  }
}

/** A piece naming the item with this id, from the new version or else the old one. */
function names<T extends { id: string; name: LocalizedText }>(now: readonly T[], old: readonly T[]): (id: string) => Piece {
  return (id) => {
    const item = now.find((x) => x.id === id) ?? old.find((x) => x.id === id);
    return item ? text(item.name) : literal(id);
  };
}

// Recipients and transfers.

function outsideEea(r: Recipient): string[] {
  return countriesOf(r.country).filter((c) => !isEea(c));
}

function safeguardPiece(r: Recipient, countries: string[]): Piece {
  if (r.transfer) return key(`lifecycle.safeguard.${r.transfer.safeguard}`);
  return countries.every((c) => adequacy(c) && !adequacy(c)!.requires) ? key('lifecycle.safeguard.adequacy-decision') : key('lifecycle.safeguard.none');
}

/** The article each transfer safeguard rests on. */
const safeguardArticle: Record<string, string> = {
  'adequacy-decision': 'GDPR Art. 45',
  'eu-us-data-privacy-framework': 'GDPR Art. 45',
  'standard-contractual-clauses': 'GDPR Art. 46(2)(c)',
  'binding-corporate-rules': 'GDPR Art. 47',
  derogation: 'GDPR Art. 49',
};

function compareRecipients(before: StatementSource, after: StatementSource, add: Add): void {
  const old = byId(before.recipients);
  const now = byId(after.recipients);
  const purposeNames = names(after.purposes, before.purposes);
  const categoryNames = names(after.dataCategories, before.dataCategories);
  const purposesOf = (s: StatementSource, id: string) => s.purposes.filter((p) => (p.recipients ?? []).includes(id)).map((p) => p.id);
  for (const [id, { item, index }] of now) {
    const was = old.get(id);
    const path = pointer('recipients', index);
    if (!was) {
      add(change('material', 'added', 'recipient', id, path, 'recipient-added', { name: text(item.name), role: key(`lifecycle.role.${item.role}`) }, ['GDPR Art. 13(1)(e)']));
      const countries = outsideEea(item);
      if (countries.length > 0) add(change('material', 'added', 'transfer', id, pointer('recipients', index, 'country'), 'transfer-added', { name: text(item.name), countries: { countries }, safeguard: safeguardPiece(item, countries) }, ['GDPR Art. 13(1)(f)']));
      continue;
    }
    const a = was.item;
    if (a.role !== item.role) {
      const becomesController = (item.role === 'controller' || item.role === 'joint-controller') && a.role !== 'controller' && a.role !== 'joint-controller';
      const toJoint = item.role === 'joint-controller' && a.role === 'controller';
      if (becomesController || toJoint) {
        add(change('material', 'changed', 'recipient', id, pointer('recipients', index, 'role'), 'recipient-role', { name: text(item.name), role: key(`lifecycle.role.${item.role}`) }, ['GDPR Art. 13(1)(e)', ...(item.role === 'joint-controller' ? ['GDPR Art. 26(2)'] : [])]));
      } else {
        add(change('editorial', 'changed', 'recipient', id, pointer('recipients', index, 'role'), 'recipient-wording', { name: text(item.name), fields: fieldList(['role']) }, []));
      }
    }
    const newPurposes = purposesOf(after, id).filter((p) => !purposesOf(before, id).includes(p) && before.purposes.some((q) => q.id === p));
    const endedPurposes = purposesOf(before, id).filter((p) => !purposesOf(after, id).includes(p) && after.purposes.some((q) => q.id === p));
    if (newPurposes.length > 0) add(change('material', 'changed', 'recipient', id, path, 'recipient-purposes-added', { name: text(item.name), purposes: list(newPurposes.map(purposeNames)) }, ['GDPR Art. 13(1)(e)']));
    if (endedPurposes.length > 0) add(change('favourable', 'changed', 'recipient', id, path, 'recipient-purposes-removed', { name: text(item.name), purposes: list(endedPurposes.map(purposeNames)) }, ['GDPR Art. 13(1)(e)']));
    const gained = (item.dataCategories ?? []).filter((c) => !(a.dataCategories ?? []).includes(c));
    const lost = (a.dataCategories ?? []).filter((c) => !(item.dataCategories ?? []).includes(c));
    if (gained.length > 0) add(change('material', 'changed', 'recipient', id, pointer('recipients', index, 'dataCategories'), 'recipient-categories-added', { name: text(item.name), categories: list(gained.map(categoryNames)) }, ['GDPR Art. 13(1)(e)']));
    if (lost.length > 0) add(change('favourable', 'changed', 'recipient', id, pointer('recipients', index, 'dataCategories'), 'recipient-categories-removed', { name: text(item.name), categories: list(lost.map(categoryNames)) }, ['GDPR Art. 13(1)(e)']));

    const outsideBefore = outsideEea(a);
    const outsideNow = outsideEea(item);
    const newCountries = outsideNow.filter((c) => !outsideBefore.includes(c));
    const endedCountries = outsideBefore.filter((c) => !outsideNow.includes(c));
    const countryPath = pointer('recipients', index, 'country');
    if (newCountries.length > 0) add(change('material', outsideBefore.length === 0 ? 'added' : 'changed', 'transfer', id, countryPath, 'transfer-added', { name: text(item.name), countries: { countries: newCountries }, safeguard: safeguardPiece(item, newCountries) }, ['GDPR Art. 13(1)(f)']));
    if (endedCountries.length > 0) add(change('favourable', outsideNow.length === 0 ? 'removed' : 'changed', 'transfer', id, countryPath, 'transfer-removed', { name: text(item.name), countries: { countries: endedCountries } }, ['GDPR Art. 13(1)(f)']));
    const kept = outsideNow.filter((c) => outsideBefore.includes(c));
    if (kept.length > 0 && a.transfer?.safeguard !== item.transfer?.safeguard) {
      add(change('material', 'changed', 'transfer', id, item.transfer ? pointer('recipients', index, 'transfer', 'safeguard') : countryPath, 'transfer-safeguard', { name: text(item.name), safeguard: safeguardPiece(item, kept) }, ['GDPR Art. 13(1)(f)', safeguardArticle[item.transfer?.safeguard ?? 'adequacy-decision']!]));
    }
    const wording = changedFields(a, item, ['name', 'description', 'arrangement']);
    if (!same({ ...a.transfer, safeguard: '' }, { ...item.transfer, safeguard: '' }) && (a.transfer || item.transfer)) wording.push('transfer');
    if (same(outsideBefore, outsideNow) && !same(countriesOf(a.country), countriesOf(item.country))) wording.push('country');
    if (wording.length > 0) add(change('editorial', 'changed', 'recipient', id, pointer('recipients', index, wording[0]!), 'recipient-wording', { name: text(item.name), fields: fieldList(wording) }, []));
  }
  for (const [id, { item, index }] of old) {
    if (now.has(id)) continue;
    add(change('favourable', 'removed', 'recipient', id, pointer('recipients', index), 'recipient-removed', { name: text(item.name) }, ['GDPR Art. 13(1)(e)']));
    const countries = outsideEea(item);
    if (countries.length > 0) add(change('favourable', 'removed', 'transfer', id, pointer('recipients', index, 'country'), 'transfer-removed', { name: text(item.name), countries: { countries } }, ['GDPR Art. 13(1)(f)']));
  }
}

// Retention.

/** A period in days, comparing months and years by their average length (so P12M is P1Y); criteria alone count as open-ended. */
export function periodDays(rule: Pick<RetentionRule, 'period'>): number {
  const d = rule.period ? parseDuration(rule.period) : undefined;
  if (!d) return Number.POSITIVE_INFINITY;
  return (d.years * 12 + d.months) * 30.436875 + d.weeks * 7 + d.days;
}

/**
 * How long each category is kept for each purpose that uses it: the longest period of the rules
 * covering it (a rule narrowed to purposes covers only those), by `category purpose`.
 */
function coverage(s: StatementSource): Map<string, number> {
  const out = new Map<string, number>();
  const pairs = new Map<string, string[]>();
  for (const c of s.dataCategories) pairs.set(c.id, s.purposes.filter((p) => p.dataCategories.includes(c.id)).map((p) => p.id));
  for (const rule of s.retention) {
    const days = periodDays(rule);
    for (const c of rule.dataCategories) {
      const purposes = pairs.get(c)?.length ? pairs.get(c)! : ['*'];
      for (const p of purposes) {
        if (rule.purposes?.length && !rule.purposes.includes(p)) continue;
        const key = `${c} ${p}`;
        out.set(key, Math.max(out.get(key) ?? 0, days));
      }
    }
  }
  return out;
}

/** The category-purpose pairs a rule governs in a version. */
function governed(rule: RetentionRule, s: StatementSource): string[] {
  return rule.dataCategories.flatMap((c) => {
    const purposes = s.purposes.filter((p) => p.dataCategories.includes(c)).map((p) => p.id);
    return (purposes.length ? purposes : ['*']).filter((p) => p === '*' || !rule.purposes?.length || rule.purposes.includes(p)).map((p) => `${c} ${p}`);
  });
}

function compareRetention(before: StatementSource, after: StatementSource, add: Add): void {
  const old = coverage(before);
  const now = coverage(after);
  const categoryNames = names(after.dataCategories, before.dataCategories);
  const categories = (rule: RetentionRule) => list(rule.dataCategories.map(categoryNames));
  /** Whether the pairs a rule governs are kept longer or shorter than before (pairs new in this version do not count). */
  const effect = (pairs: string[]): { longer: boolean; shorter: boolean } => {
    const shared = pairs.filter((k) => old.has(k) && now.has(k));
    return { longer: shared.some((k) => now.get(k)! > old.get(k)!), shorter: shared.some((k) => now.get(k)! < old.get(k)!) };
  };
  const oldRules = byId(before.retention);
  const newRules = byId(after.retention);
  for (const [id, { item, index }] of newRules) {
    const was = oldRules.get(id);
    const path = pointer('retention', index);
    const criteria = item.period === undefined;
    if (was) {
      const days = periodDays(item);
      const daysBefore = periodDays(was.item);
      const values = { categories: categories(item), period: periodPiece(item), before: periodPiece(was.item) };
      if (days > daysBefore) {
        add(change('material', 'changed', 'retention', id, `${path}/${criteria ? 'criteria' : 'period'}`, criteria ? 'retention-criteria' : 'retention-longer', values, ['GDPR Art. 13(2)(a)']));
        continue;
      }
      if (days < daysBefore) {
        add(change('favourable', 'changed', 'retention', id, `${path}/period`, 'retention-shorter', values, ['GDPR Art. 13(2)(a)']));
        continue;
      }
      if (same(was.item, item)) continue;
      // The same period for other categories or purposes: what matters is how long each is now kept.
      const { longer, shorter } = effect(governed(item, after));
      const fields = changedFields(was.item, item, ['dataCategories', 'purposes', 'period', 'criteria', 'from']);
      if (longer) add(change('material', 'changed', 'retention', id, path, 'retention-rule-longer', { categories: categories(item), period: periodPiece(item) }, ['GDPR Art. 13(2)(a)']));
      else if (shorter) add(change('favourable', 'changed', 'retention', id, path, 'retention-rule-shorter', { categories: categories(item), period: periodPiece(item) }, ['GDPR Art. 13(2)(a)']));
      else add(change('editorial', 'changed', 'retention', id, path, 'retention-rule-changed', { categories: categories(item), fields: fieldList(fields) }, []));
      continue;
    }
    const { longer, shorter } = effect(governed(item, after));
    if (longer) add(change('material', 'added', 'retention', id, path, 'retention-rule-longer', { categories: categories(item), period: periodPiece(item) }, ['GDPR Art. 13(2)(a)']));
    else if (shorter) add(change('favourable', 'added', 'retention', id, path, 'retention-rule-shorter', { categories: categories(item), period: periodPiece(item) }, ['GDPR Art. 13(2)(a)']));
    else add(change('editorial', 'added', 'retention', id, path, 'retention-rule-added', { categories: categories(item) }, []));
  }
  for (const [id, { item, index }] of oldRules) {
    if (newRules.has(id)) continue;
    const path = pointer('retention', index);
    // Without this rule, its categories are kept as the remaining rules say.
    const { longer, shorter } = effect(governed(item, before));
    if (longer) add(change('material', 'removed', 'retention', id, path, 'retention-rule-removed-longer', { categories: categories(item) }, ['GDPR Art. 13(2)(a)']));
    else if (shorter) add(change('favourable', 'removed', 'retention', id, path, 'retention-rule-removed-shorter', { categories: categories(item) }, ['GDPR Art. 13(2)(a)']));
    else add(change('editorial', 'removed', 'retention', id, path, 'retention-rule-removed', { categories: categories(item) }, []));
  }
}

function periodPiece(rule: RetentionRule): Piece {
  return rule.period ? { period: rule.period } : key('lifecycle.criteriaOnly');
}

// Rights.

function compareRights(before: StatementSource, after: StatementSource, add: Add): void {
  const a = before.rights;
  const b = after.rights;
  for (const channel of ['email', 'contactForm', 'address'] as const) {
    const was = a.channels[channel];
    const now = b.channels[channel];
    if (same(was, now)) continue;
    const path = now !== undefined ? pointer('rights', 'channels', channel) : '/rights/channels';
    const values = { channel: key(`lifecycle.channel.${channel}`), value: literal(channelText(now ?? was)) };
    if (was === undefined) add(change('favourable', 'added', 'rights', channel, path, 'channel-added', values, ['GDPR Art. 12(2)', 'GDPR Art. 13(2)(b)']));
    else if (now === undefined) add(change('material', 'removed', 'rights', channel, path, 'channel-removed', values, ['GDPR Art. 12(2)', 'GDPR Art. 13(2)(b)']));
    else add(change('material', 'changed', 'rights', channel, path, 'channel-changed', values, ['GDPR Art. 12(2)', 'GDPR Art. 13(2)(b)']));
  }
  const response = (s: StatementSource) => periodDays({ period: s.rights.responseTime ?? 'P1M' });
  if (response(after) > response(before)) add(change('material', 'changed', 'rights', undefined, '/rights/responseTime', 'response-longer', { period: { period: b.responseTime ?? 'P1M' } }, ['GDPR Art. 12(3)']));
  if (response(after) < response(before)) add(change('favourable', 'changed', 'rights', undefined, '/rights/responseTime', 'response-shorter', { period: { period: b.responseTime ?? 'P1M' } }, ['GDPR Art. 12(3)']));
  const wording = changedFields(a, b, ['identification', 'notes']);
  if (!same(a.channels.attention, b.channels.attention)) wording.push('channels.attention');
  if (wording.length > 0) add(change('editorial', 'changed', 'rights', undefined, '/rights', 'rights-wording', { fields: fieldList(wording.map((f) => `rights.${f}`)) }, []));
}

function channelText(value: string | Address | undefined): string {
  if (value === undefined) return '';
  return typeof value === 'string' ? value : `${allNames(value.street).join(' / ')}, ${value.postalCode} ${allNames(value.city).join(' / ')}`;
}

// Automated decisions.

function decisionKey(d: AutomatedDecision, s: StatementSource): string {
  if (d.id) return d.id;
  const name = d.name;
  return typeof name === 'string' ? name : (name[s.statement.locales[0]] ?? Object.values(name)[0] ?? '');
}

function compareDecisions(before: StatementSource, after: StatementSource, add: Add): void {
  const taken = (s: StatementSource) => (s.automatedDecisionMaking.used ? (s.automatedDecisionMaking.decisions ?? []) : []);
  const old = new Map(taken(before).map((d, index) => [decisionKey(d, before), { item: d, index }]));
  const now = new Map(taken(after).map((d, index) => [decisionKey(d, after), { item: d, index }]));
  const purposeNames = names(after.purposes, before.purposes);
  const articles = ['GDPR Art. 13(2)(f)', 'GDPR Art. 22'];
  for (const [k, { item, index }] of now) {
    const was = old.get(k);
    const path = pointer('automatedDecisionMaking', 'decisions', index);
    const id = item.id;
    if (!was) {
      add(change('material', 'added', 'automated-decision', id, path, 'decision-added', { name: text(item.name) }, articles));
      continue;
    }
    const substance = changedFields(was.item, item, ['logic', 'significance', 'purposes', 'exception', 'specialCategoryCondition'] as (keyof AutomatedDecision & string)[]);
    if (substance.length > 0) {
      const gained = (item.purposes ?? []).filter((p) => !(was.item.purposes ?? []).includes(p));
      add(change('material', 'changed', 'automated-decision', id, pointer('automatedDecisionMaking', 'decisions', index, substance[0]!), gained.length > 0 ? 'decision-purposes' : 'decision-changed', { name: text(item.name), purposes: list(gained.map(purposeNames)) }, articles));
    } else if (!same(was.item.name, item.name)) {
      add(change('editorial', 'changed', 'automated-decision', id, pointer('automatedDecisionMaking', 'decisions', index, 'name'), 'decision-wording', { name: text(item.name) }, []));
    }
  }
  for (const [k, { item, index }] of old) {
    if (!now.has(k)) add(change('favourable', 'removed', 'automated-decision', item.id, pointer('automatedDecisionMaking', 'decisions', index), 'decision-removed', { name: text(item.name) }, articles));
  }
}

// Sections of the insurer's own, security and cookies.

function compareSections(before: StatementSource, after: StatementSource, add: Add): void {
  const old = byId(before.sections);
  const now = byId(after.sections);
  for (const [id, { item, index }] of now) {
    const was = old.get(id);
    if (!was) add(change('editorial', 'added', 'section', id, pointer('sections', index), 'section-added', { name: text(item.title) }, []));
    else if (!same(was.item, item)) add(change('editorial', 'changed', 'section', id, pointer('sections', index), 'section-changed', { name: text(item.title) }, []));
  }
  for (const [id, { item, index }] of old) {
    if (!now.has(id)) add(change('editorial', 'removed', 'section', id, pointer('sections', index), 'section-removed', { name: text(item.title) }, []));
  }
  if (!same(before.security, after.security)) {
    const kind: ChangeKind = !before.security ? 'added' : !after.security ? 'removed' : 'changed';
    add(change('editorial', kind, 'section', 'security', '/security', 'security', {}, []));
  }
  const a = before.cookies;
  const b = after.cookies;
  if (same(a, b)) return;
  const providerBefore = a?.analytics?.provider;
  const providerNow = b?.analytics?.provider;
  if (providerNow !== undefined && providerNow !== providerBefore) {
    add(change('material', providerBefore === undefined ? 'added' : 'changed', 'section', 'cookies', '/cookies/analytics', 'analytics-added', { name: literal(providerNow) }, ['GDPR Art. 13(1)(e)']));
  } else if (providerNow === undefined && providerBefore !== undefined) {
    add(change('favourable', 'removed', 'section', 'cookies', '/cookies', 'analytics-removed', { name: literal(providerBefore) }, ['GDPR Art. 13(1)(e)']));
  } else {
    add(change('editorial', !a ? 'added' : !b ? 'removed' : 'changed', 'section', 'cookies', '/cookies', 'cookies', {}, []));
  }
}

/** The fields that changed, by their names for readers (`lifecycle.field.*`). */
function fieldList(fields: string[]): Piece {
  return list(fields.map((f) => key(`lifecycle.field.${f.replace(/\./g, '-')}`)));
}
