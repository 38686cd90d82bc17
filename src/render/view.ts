import type { Gender, LegalFormWords } from '../jurisdictions/index.js';
import type { Address, Locale, LocalizedName, LocalizedText, Purpose, StatementSource } from '../model/input.generated.js';
import { addressLine, nameIn } from '../model/names.js';
import { decisionHasArticle22Rights, usesSpecialCategories } from '../model/decisions.js';
import { categoryTextShown, decisionsShown, decisionTextShown, purposeTextShown, recipientTextShown } from '../model/shown.js';
import type { ResolvedStatement, SectionRef } from '../model/statement.js';
import { describeChange, hasNotice } from '../lifecycle/describe.js';
import { escapeMarkdown } from '../text/markdown.js';
import { countryName, formatDate, formatDuration, frenchSpaces, joinList } from './format.js';
import type { Translate } from './i18n.js';

/**
 * The data each template sees, for one locale. Every string here is Markdown that is safe to
 * insert as is: names and titles are escaped (plain text, rendered inert), prose fields are
 * the input's checked Markdown, links are built from validated addresses. Templates add
 * structure only.
 */
export interface StatementView {
  locale: Locale;
  title: string;
  /** Unescaped title, for `<title>` and PDF metadata. */
  plainTitle: string;
  subtitle: string;
  sections: SectionView[];
}

export interface SectionView {
  id: string;
  partial: string;
  [key: string]: unknown;
}

interface Fact {
  label: string;
  text: string;
}

/**
 * A category's name inside a running sentence: "we process health data", not "Health data".
 * Names that start with an abbreviation (BSN, IMEI) keep their capitals.
 */
export function inSentence(name: string): string {
  return /^\p{Lu}\p{Ll}/u.test(name) ? name.charAt(0).toLowerCase() + name.slice(1) : name;
}

/** The i18next context of sentences about a recipient: `plural` for a category of several organisations. */
function numberOf(r: { plural?: boolean }): { context?: string } {
  return r.plural ? { context: 'plural' } : {};
}

/** A company without a known legal form: Dutch "de onderneming" (die), French "la société", English "it". */
const companyGender: Record<Locale, Gender> = { nl: 'common', fr: 'feminine', en: 'neuter' };

export function buildView(model: ResolvedStatement, locale: Locale, t: Translate): StatementView {
  const v = new ViewBuilder(model, locale, t);
  const input = model.input;
  const plainTitle = input.statement.title ? v.raw(input.statement.title) : t('document.title');
  return {
    locale,
    title: input.statement.title ? v.plain(input.statement.title) : t('document.title'),
    plainTitle,
    subtitle: `${escapeMarkdown(input.controller.name)} · ${t('document.lastAmended', { date: formatDate(input.statement.lastAmended, locale, t) })}`,
    sections: model.sections.map((ref) => v.section(ref)),
  };
}

class ViewBuilder {
  constructor(
    private readonly model: ResolvedStatement,
    private readonly locale: Locale,
    private readonly t: Translate,
  ) {}

  private get input(): StatementSource {
    return this.model.input;
  }

  /** The text of a LocalizedText in this locale, unescaped. */
  raw(text: LocalizedText): string {
    const value = typeof text === 'string' ? text : text[this.locale];
    // translation-missing reports every shown text without this locale; one here is a bug.
    if (value === undefined) throw new Error(`a text without ${this.locale} reached the renderer`);
    const clean = value.replace(/\r\n?/g, '\n').trim();
    return this.locale === 'fr' ? frenchSpaces(clean) : clean;
  }

  /** Prose: the input's own Markdown, checked by the rules before rendering. */
  md(text: LocalizedText | undefined): string | undefined {
    return text === undefined ? undefined : this.raw(text);
  }

  /** Names and titles: always plain text. */
  plain(text: LocalizedText | string): string {
    return escapeMarkdown(typeof text === 'string' ? text : this.raw(text));
  }

  private mail(email: string): string {
    return `[${escapeMarkdown(email)}](mailto:${email})`;
  }

  private link(url: string): string {
    return `[${escapeMarkdown(url.replace(/^https?:\/\//, '').replace(/\/$/, ''))}](<${url}>)`;
  }

  private sectionTitle(id: string): string {
    return this.t(`sections.${id}`);
  }

  private list(items: string[]): string {
    return joinList(items, this.t);
  }

  /** A name that may be written per language (legal name, street, city), as plain text in this locale. */
  private name(name: LocalizedName): string {
    return escapeMarkdown(nameIn(name, this.locale));
  }

  private addressLines(address: Address, heading?: string): string {
    const lines = [
      ...(heading ? [heading] : []),
      this.name(address.street),
      escapeMarkdown(`${address.postalCode} ${nameIn(address.city, this.locale)}`),
      escapeMarkdown(countryName(address.country, this.locale)),
    ];
    return lines.join('\\\n');
  }

  /** The controller's legal name in this locale (its trading name when it has none), as plain text. */
  private legalName(): string {
    const c = this.input.controller;
    return c.legalName !== undefined ? this.name(c.legalName) : escapeMarkdown(c.name);
  }

  /** The words of the controller's legal form in this locale, for templates that name it. */
  private legalFormWords(): LegalFormWords | undefined {
    return this.model.legalForm?.words[this.locale];
  }

  /** The grammatical gender of the controller in this locale: its legal form's, or that of a company. */
  private controllerGender(): Gender {
    return this.legalFormWords()?.gender ?? companyGender[this.locale];
  }

  /**
   * Category names in a running list: "contactgegevens, inkomensgegevens en BSN", not a row of
   * capitals. `capitalFirst` for a list that starts a line of its own (the first name as written).
   */
  private categoryNames(ids: readonly { name: LocalizedText }[], capitalFirst = false): string {
    return this.list(ids.map((c, i) => (capitalFirst && i === 0 ? this.plain(c.name) : inSentence(this.plain(c.name)))));
  }

  /**
   * The purposes open to the objection of Art. 21(1). A direct-marketing purpose is left out:
   * its objection is absolute (Art. 21(2)–(3)), so the "compelling legitimate grounds" of
   * Art. 21(1) must not seem to apply to it; it is listed under the absolute right only.
   */
  private objectionGeneral(): Purpose[] {
    return this.model.rights.objectionGeneral.filter((p) => p.directMarketing !== true);
  }

  private purposeLink(p: Purpose): string {
    return `[${this.plain(p.name)}](#purpose-${p.id})`;
  }

  section(ref: SectionRef): SectionView {
    if (ref.kind === 'custom') {
      return { id: ref.id, partial: 'custom', title: this.plain(ref.section.title), body: this.md(ref.section.body) };
    }
    const build = {
      introduction: () => this.introduction(),
      controller: () => this.controller(),
      data: () => this.data(),
      purposes: () => this.purposes(),
      'automated-decisions': () => this.decisions(),
      recipients: () => this.recipients(),
      transfers: () => this.transfers(),
      retention: () => this.retention(),
      rights: () => this.rights(),
      objection: () => this.objection(),
      complaints: () => this.complaints(),
      security: () => ({ text: this.md(this.input.security) }),
      cookies: () => this.cookies(),
      contact: () => this.contact(),
      changes: () => this.changes(),
    }[ref.id];
    return { id: ref.id, partial: ref.id, ...build() };
  }

  private introduction(): Record<string, unknown> {
    const s = this.input.statement;
    return {
      controller: escapeMarkdown(this.input.controller.name),
      introduction: this.md(s.introduction),
      audience: this.md(s.audience),
      codes: (s.codesOfConduct ?? []).map((code) => (code.url ? `[${this.plain(code.name)}](<${code.url}>)` : this.plain(code.name))),
    };
  }

  private controller(): Record<string, unknown> {
    const c = this.input.controller;
    const t = this.t;
    const name = escapeMarkdown(c.name);
    const contacts: { label: string; value: string }[] = [];
    if (c.email) contacts.push({ label: t('controller.email'), value: this.mail(c.email) });
    if (c.phone) contacts.push({ label: t('controller.phone'), value: escapeMarkdown(c.phone) });
    if (c.contactForm) contacts.push({ label: t('controller.contactForm'), value: this.link(c.contactForm) });
    if (c.website) contacts.push({ label: t('controller.website'), value: this.link(c.website) });
    if (c.registration) {
      const label = c.registration.register === 'other' && c.registration.registerName ? escapeMarkdown(c.registration.registerName) : t(`controller.registration.${c.registration.register}`);
      contacts.push({ label, value: escapeMarkdown(c.registration.number) });
    }
    const rep = c.representative;
    const contact = this.input.privacyContact;
    return {
      // The sentences that name the controller agree with its legal form (Dutch "die" for a legal
      // entity, French "la société"): `context` is the form's gender in this language.
      intro: c.legalName ? t('controller.introLegal', { name, legalName: this.name(c.legalName), context: this.controllerGender() }) : t('controller.intro', { name, context: this.controllerGender() }),
      legalForm: this.legalFormWords(),
      gender: this.controllerGender(),
      group: this.md(c.group),
      address: this.addressLines(c.address, `**${this.legalName()}**`),
      contacts,
      representative: rep
        ? t('controller.representative', {
            name: escapeMarkdown(rep.name),
            address: escapeMarkdown(`${addressLine(rep.address, this.locale)}, ${countryName(rep.address.country, this.locale)}`),
          }) + (rep.email ? ' ' + t('controller.representativeEmail', { email: this.mail(rep.email) }) : '')
        : undefined,
      contactNote: contact
        ? contact.role === 'dpo'
          ? t('controller.dpo', { section: this.sectionTitle('contact') })
          : t('controller.privacyOfficer', { title: contact.title ? this.plain(contact.title) : t('contact.privacyOfficer'), section: this.sectionTitle('contact') })
        : undefined,
    };
  }

  private data(): Record<string, unknown> {
    const t = this.t;
    return {
      categories: this.input.dataCategories.map((c) => {
        const examples = c.examples === undefined ? undefined : Array.isArray(c.examples) ? c.examples : c.examples[this.locale];
        const notes: string[] = [];
        const description = this.md(c.description);
        if (description) notes.push(description);
        const kind = c.kind ?? 'regular';
        if (kind === 'special') notes.push(t('data.kind.special', { special: c.special ? t(`data.special.${c.special}`) : '' }));
        else if (kind !== 'regular') notes.push(t(`data.kind.${kind}`));
        const facts: Fact[] = [];
        if (categoryTextShown.sourceDescription(c) && c.sourceDescription) {
          facts.push({ label: t(`data.source.${c.source as 'third-party' | 'public'}`), text: this.md(c.sourceDescription)! });
        }
        if (c.provision) {
          const consequence = this.md(c.provision.consequence);
          facts.push({ label: t('data.provisionLabel'), text: t(`data.provision.${c.provision.requirement}`) + (consequence ? ' ' + consequence : '') });
        }
        return {
          name: this.plain(c.name),
          examples: examples ? this.list(examples.map((e) => escapeMarkdown(e))) : undefined,
          notes,
          facts,
        };
      }),
    };
  }

  private purposes(): Record<string, unknown> {
    const t = this.t;
    const national = this.model.jurisdiction.national;
    const categoriesOf = (p: Purpose) => this.model.purposes.find((r) => r.purpose === p)?.categories ?? [];
    return {
      purposes: this.model.purposes.map(({ purpose: p, number, categories }) => {
        const facts: Fact[] = [{ label: t('purposes.basis'), text: t(`purposes.basisText.${p.legalBasis}`) + '.' }];
        if (purposeTextShown.legitimateInterest(p) && p.legitimateInterest) facts.push({ label: t('purposes.legitimateInterest'), text: this.md(p.legitimateInterest)! });
        if (purposeTextShown.legalObligation(p) && p.legalObligation) {
          facts.push({ label: t(p.legalBasis === 'public-task' ? 'purposes.publicTask' : 'purposes.legalObligation'), text: this.md(p.legalObligation)! });
        }
        const special = categories.filter((c) => c.kind === 'special');
        if (special.length > 0 && p.specialCategoryCondition) {
          facts.push({
            label: t('purposes.specialCategories'),
            text: t('purposes.specialCategoriesText', { categories: this.list(special.map((c) => inSentence(this.plain(c.name)))), condition: t(`purposes.condition.${p.specialCategoryCondition}`) }),
          });
          if (purposeTextShown.specialCategoryLaw(p, categoriesOf) && p.specialCategoryLaw) facts.push({ label: t('purposes.specialCategoryLaw'), text: this.md(p.specialCategoryLaw)! });
        }
        if (purposeTextShown.criminalDataBasis(p, categoriesOf) && p.criminalDataBasis) facts.push({ label: t('purposes.criminalData'), text: this.md(p.criminalDataBasis)! });
        if (purposeTextShown.nationalIdBasis(p, categoriesOf) && p.nationalIdBasis) facts.push({ label: t('nationalId.basis', { number: national.nationalId.words[this.locale] }), text: this.md(p.nationalIdBasis)! });
        facts.push({ label: t('purposes.data'), text: this.categoryNames(categories) + '.' });
        const subjects = p.dataSubjects === undefined ? [] : Array.isArray(p.dataSubjects) ? p.dataSubjects : (p.dataSubjects[this.locale] ?? []);
        if (subjects.length > 0) facts.push({ label: t('outputs.dataSubjects'), text: this.list(subjects.map((s) => escapeMarkdown(s))) + '.' });
        if (purposeTextShown.consentWithdrawal(p)) {
          // That consent can be withdrawn at any time, without effect on what was done before, is
          // said once under the rights (Art. 7(3)); here only how, for this purpose.
          const how = this.md(p.consentWithdrawal) ?? t('purposes.withdrawalDefault', { section: t('rights.exercise') });
          facts.push({ label: t('purposes.withdrawal'), text: how });
        }
        // The right to object is presented once, on its own (Art. 21(4)), with the purposes it concerns.
        return { id: p.id, number, name: this.plain(p.name), description: this.md(p.description), facts };
      }),
    };
  }

  private decisions(): Record<string, unknown> {
    const t = this.t;
    const adm = this.input.automatedDecisionMaking;
    const purposes = new Map(this.input.purposes.map((p) => [p.id, p]));
    const categoriesOf = (p: Purpose) => this.model.purposes.find((r) => r.purpose === p)?.categories ?? [];
    const taken = decisionsShown(this.input) ? (adm.decisions ?? []) : [];
    // The rights of Art. 22(3) come with decisions on a contract or explicit consent; a decision
    // authorised by law has the safeguards of that law (Art. 22(2)(b)).
    const withRights = taken.filter(decisionHasArticle22Rights).length;
    const rightsContext: Record<string, string> = withRights === taken.length ? {} : { context: withRights === 0 ? 'law' : 'some' };
    return {
      used: taken.length > 0,
      // Only decisions that are taken are described (and only those need every language).
      decisions: taken.map((d, i) => {
        const facts: Fact[] = [
          { label: t('decisions.logic'), text: this.md(d.logic)! },
          { label: t('decisions.significance'), text: this.md(d.significance)! },
        ];
        // Which exception of Art. 22(2) allows the decision, and for special data the condition of Art. 22(4).
        if (d.exception) facts.push({ label: t('decisions.exception'), text: t(`decisions.exceptions.${d.exception}`) });
        if (decisionTextShown.law(d) && d.law) facts.push({ label: t('decisions.law'), text: this.md(d.law)! });
        if (usesSpecialCategories(d, this.input, categoriesOf) && d.specialCategoryCondition) {
          facts.push({ label: t('purposes.specialCategories'), text: t(`decisions.special.${d.specialCategoryCondition}`) });
          if (decisionTextShown.specialCategoryLaw(d, this.input, categoriesOf) && d.specialCategoryLaw) facts.push({ label: t('purposes.specialCategoryLaw'), text: this.md(d.specialCategoryLaw)! });
        }
        if (decisionTextShown.safeguards(d, this.input, categoriesOf) && d.safeguards) facts.push({ label: t('decisions.safeguards'), text: this.md(d.safeguards)! });
        const served = (d.purposes ?? []).flatMap((id) => purposes.get(id) ?? []);
        if (served.length > 0) facts.push({ label: t('decisions.purposes'), text: this.list(served.map((p) => this.purposeLink(p))) + '.' });
        return { number: i + 1, name: this.plain(d.name), exception: d.exception, facts };
      }),
      rights: t('decisions.rights', { section: t('rights.exercise'), ...rightsContext }),
    };
  }

  private recipients(): Record<string, unknown> {
    const t = this.t;
    return {
      recipients: this.model.recipients.map(({ recipient: r, countries, outsideEea, categories, purposes }) => {
        // A category of several organisations ("Verzekeraars") takes plural verbs: `context: 'plural'`.
        const number = numberOf(r);
        const facts: Fact[] = [{ label: t('recipients.role'), text: t(`recipients.roles.${r.role}`, number) + '.' }];
        if (recipientTextShown.arrangement(r) && r.arrangement) facts.push({ label: t('recipients.arrangement'), text: this.md(r.arrangement)! });
        if (categories.length > 0) facts.push({ label: t('recipients.data'), text: this.categoryNames(categories) + '.' });
        if (purposes.length > 0) facts.push({ label: t('recipients.purposes'), text: this.list(purposes.map((p) => this.purposeLink(p))) + '.' });
        if (countries.length > 0) {
          const names = this.list(countries.map((c) => escapeMarkdown(countryName(c, this.locale))));
          facts.push({
            label: t('recipients.location'),
            text: (outsideEea.length > 0 ? t('recipients.locationTransfer', { countries: names, section: this.sectionTitle('transfers') }) : names) + '.',
          });
        }
        return { id: r.id, name: this.plain(r.name), plural: r.plural === true, description: this.md(r.description), facts };
      }),
    };
  }

  private transfers(): Record<string, unknown> {
    const t = this.t;
    return {
      transfers: this.model.transfers.map(({ recipient: r, outsideEea }) => {
        const countries = this.list(outsideEea.map((c) => escapeMarkdown(countryName(c, this.locale))));
        const safeguard = r.transfer?.safeguard;
        const facts: Fact[] = [];
        let text: string;
        if (safeguard === undefined) text = t('transfers.safeguard.adequate', { countries, count: outsideEea.length, ...numberOf(r) });
        else text = t(`transfers.safeguard.${safeguard}`, { count: outsideEea.length, ...numberOf(r) });
        if (safeguard === 'derogation' && r.transfer?.derogation) text += '\n\n' + this.md(r.transfer.derogation)!;
        if (safeguard === 'standard-contractual-clauses' || safeguard === 'binding-corporate-rules' || r.transfer?.copy) {
          facts.push({ label: t('transfers.copy'), text: this.md(r.transfer?.copy) ?? t('transfers.copyDefault', { section: t('rights.exercise') }) });
        }
        return { name: `[${this.plain(r.name)}](#recipient-${r.id})`, plural: r.plural === true, countries, safeguard: text, facts };
      }),
    };
  }

  private retention(): Record<string, unknown> {
    const t = this.t;
    return {
      rules: this.model.retention.map(({ rule, categories, purposes }) => {
        const facts: Fact[] = [];
        if (rule.period) facts.push({ label: t('retention.period'), text: formatDuration(rule.period, t) + '.' });
        if (rule.from) facts.push({ label: t('retention.from'), text: this.md(rule.from)! });
        if (rule.criteria) facts.push({ label: t('retention.criteria'), text: this.md(rule.criteria)! });
        return {
          categories: this.categoryNames(categories, true),
          scope: purposes.length > 0 ? t('retention.scope', { purposes: this.list(purposes.map((p) => this.purposeLink(p))) }) : undefined,
          facts,
        };
      }),
    };
  }

  private channels(): { label: string; value: string }[] {
    const t = this.t;
    const ch = this.input.rights.channels;
    const out: { label: string; value: string }[] = [];
    if (ch.email) out.push({ label: t('rights.email'), value: this.mail(ch.email) });
    if (ch.contactForm) out.push({ label: t('rights.contactForm'), value: this.link(ch.contactForm) });
    if (ch.address) {
      const attention = ch.attention ? `${t('rights.attention')} ${this.plain(ch.attention)}` : undefined;
      const head = this.legalName();
      const lines = [head, ...(attention ? [attention] : []), this.name(ch.address.street), escapeMarkdown(`${ch.address.postalCode} ${nameIn(ch.address.city, this.locale)}`), escapeMarkdown(countryName(ch.address.country, this.locale))];
      out.push({ label: t('rights.post'), value: lines.join(', ') });
    }
    return out;
  }

  private rights(): Record<string, unknown> {
    const t = this.t;
    const r = this.model.rights;
    const keys = ['access', 'rectification', 'erasure', 'restriction'];
    if (r.portability.length > 0) keys.push('portability');
    // With a purpose on a public task, the general objection is not only about legitimate interests.
    const general = this.objectionGeneral();
    const publicTask = general.some((p) => p.legalBasis === 'public-task') ? 'Public' : '';
    if (general.length > 0 && r.objectionMarketing.length > 0) keys.push(`objection${publicTask}`);
    else if (general.length > 0) keys.push(`objectionGeneral${publicTask}`);
    else if (r.objectionMarketing.length > 0) keys.push('objectionMarketing');
    if (r.withdrawConsent.length > 0 || r.decisionsOnConsent.length > 0) keys.push('withdrawConsent');
    if (r.automatedDecisions) keys.push('automatedDecisions');
    keys.push('complaint');
    const sectionFor: Record<string, string> = {
      objection: 'objection',
      objectionPublic: 'objection',
      objectionGeneral: 'objection',
      objectionGeneralPublic: 'objection',
      objectionMarketing: 'objection',
      complaint: 'complaints',
    };
    const rights = this.input.rights;
    return {
      rights: keys.map((key) => ({
        label: t(`rights.${key}.label`),
        text: t(`rights.${key}.text`, sectionFor[key] ? { section: this.sectionTitle(sectionFor[key]) } : {}),
      })),
      notes: this.md(rights.notes),
      channels: this.channels(),
      responseTime: t('rights.responseTime', { duration: formatDuration(rights.responseTime ?? 'P1M', t) }),
      identification: this.md(rights.identification),
    };
  }

  private objection(): Record<string, unknown> {
    const r = this.model.rights;
    const list = this.model.jurisdiction.national.doNotCallList;
    return {
      general: this.objectionGeneral().map((p) => this.purposeLink(p)),
      generalText: this.t(this.objectionGeneral().some((p) => p.legalBasis === 'public-task') ? 'objection.generalPublic' : 'objection.general'),
      marketing: r.objectionMarketing.map((p) => this.purposeLink(p)),
      how: this.t('objection.how', { section: this.t('rights.exercise') }),
      // A do-not-call list people can join, where the jurisdiction has one, next to direct marketing.
      doNotCall: list && r.objectionMarketing.length > 0 ? this.t('objection.doNotCall', { list: list.words[this.locale], link: this.link(list.url) }) : undefined,
    };
  }

  private complaints(): Record<string, unknown> {
    const a = this.model.authority.locales[this.locale];
    const lines = [`**${escapeMarkdown(a.name)}**`, ...a.address.map((l) => escapeMarkdown(l)), this.link(a.website), `${this.t('complaints.phone')}${this.t('format.colon')} ${escapeMarkdown(a.phone)}`];
    return { authority: lines.join('\\\n') };
  }

  private cookies(): Record<string, unknown> {
    const c = this.input.cookies!;
    const t = this.t;
    const sentences: string[] = [];
    if (c.analytics) {
      const provider = escapeMarkdown(c.analytics.provider);
      let s = t('cookies.analytics', { provider });
      if (c.analytics.anonymisedIp) s += ' ' + t('cookies.anonymisedIp');
      if (c.analytics.optOut) s += ' ' + t('cookies.optOut', { provider, url: `<${c.analytics.optOut}>` });
      sentences.push(s);
    }
    if (c.policy) sentences.push(t('cookies.policy', { url: `<${c.policy}>` }));
    return { description: this.md(c.description), sentences };
  }

  private contact(): Record<string, unknown> {
    const t = this.t;
    const contact = this.input.privacyContact;
    const controller = this.input.controller;
    // Without a privacy contact, the statement must not suggest that there is one.
    const title = contact ? (contact.title ? this.plain(contact.title) : t(contact.role === 'privacy-officer' ? 'contact.privacyOfficer' : 'contact.dpo')) : undefined;
    const contacts: { label: string; value: string }[] = [];
    const email = contact ? contact.email : controller.email;
    if (email) contacts.push({ label: t('controller.email'), value: this.mail(email) });
    if (contact?.phone) contacts.push({ label: t('controller.phone'), value: escapeMarkdown(contact.phone) });
    const form = contact ? contact.contactForm : controller.contactForm;
    if (form) contacts.push({ label: t('controller.contactForm'), value: this.link(form) });
    const address = contact?.address ?? controller.address;
    const name = `**${this.legalName()}**`;
    const head = title ? `${name}\\\n${t('rights.attention')} ${title}` : name;
    return { intro: title ? t('contact.intro', { title }) : t('contact.introUs'), contacts, address: this.addressLines(address, head) };
  }

  private changes(): Record<string, unknown> {
    const t = this.t;
    const { lastAmended, effectiveFrom } = this.input.statement;
    // What changed since the version asked for (`--changes-since`): material and favourable changes, in the readers' words.
    const notices = (this.model.changes ?? []).filter(hasNotice).map((c) => escapeMarkdown(describeChange(c, this.locale, t, 'notice')));
    const since =
      notices.length > 0
        ? {
            intro: t('lifecycle.statementList', { date: formatDate(lastAmended, this.locale, t) }),
            items: notices,
            ...(effectiveFrom && effectiveFrom !== lastAmended ? { effective: t('lifecycle.statementListFrom', { date: formatDate(effectiveFrom, this.locale, t) }) } : {}),
          }
        : undefined;
    return {
      advanceNotice: t('lifecycle.advanceNotice'),
      since,
      lastAmended: t('changes.lastAmended', { date: formatDate(lastAmended, this.locale, t) }),
      log: (this.input.changes ?? []).map((c) => ({ date: formatDate(c.date, this.locale, t), summary: this.md(c.summary) })),
    };
  }
}
