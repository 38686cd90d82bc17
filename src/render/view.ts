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
  /** A name after the label (a country), never put in lower case. */
  name?: boolean;
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

/** First words of names of laws and bodies, which keep their capital after a colon. */
const lawWords: Record<Locale, string[]> = {
  nl: ['Wet', 'Wetboek', 'Burgerlijk', 'Algemene', 'Uitvoeringswet', 'Gedragscode', 'Verordening', 'Europese', 'Autoriteit', 'Gegevensbeschermingsautoriteit', 'Rijksregister', 'Belastingdienst'],
  fr: ['Code', 'Règlement', 'Autorité', 'Commission', 'Union', 'Registre'],
  en: [],
};

/** One-letter words that go in lower case after a colon. */
const singleLetterWords: Record<Locale, string[]> = { nl: ['U'], fr: ['À'], en: [] };

/** Articles, never the proper part of a name. */
const articles = ['De', 'Het', 'Een', 'Le', 'La', 'Les', 'Un', 'Une', 'Des', 'Du', 'The', 'A', 'An'];

/** The first letter in capitals: a term that starts a line of its own. */
function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
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

  /**
   * A sentence after a label and its colon ("Fourniture des données : nous…", "Grondslag: de
   * fiscale wetgeving"): French and Dutch go on in lower case, English keeps its capital. Only a
   * first word written as an ordinary capitalised word is lowered; an acronym (AVG, GBA), a word
   * with capitals inside, and the first word of a name this statement uses (its controller,
   * recipients, authority, codes, laws) keep their capitals. `inEnglishToo` for a text that
   * goes on a sentence of the statement's own ("our legitimate interest (…): improving…").
   */
  afterLabel<T extends string | undefined>(text: T, inEnglishToo = false): T {
    if (text === undefined || (this.locale === 'en' && !inEnglishToo)) return text;
    const word = /^\p{Lu}\p{Ll}*(?=[\s,.;:!?\u2019')\u00a0]|$)/u.exec(text)?.[0];
    if (word === undefined || this.names().has(word)) return text;
    // One capital alone is a word only when elided (L’, D’) or a pronoun or preposition (U, À).
    if (word.length === 1 && !/^.[\u2019']/u.test(text) && !singleLetterWords[this.locale].includes(word)) return text;
    return (word.toLocaleLowerCase(this.locale) + text.slice(word.length)) as T;
  }

  /** The national number's name in this language, and the jurisdiction whose law governs it. */
  private nationalIdWords(): { number: string; context: string } {
    return { number: this.model.jurisdiction.national.nationalId.words[this.locale], context: this.model.jurisdiction.country.toLowerCase() };
  }

  private afterLabels(facts: Fact[]): Fact[] {
    return facts.map((f) => ({ label: f.label, text: f.name ? f.text : this.afterLabel(f.text) }));
  }

  private nameWords?: Set<string>;

  /** The first words of the names in this statement, and of the laws a text may start with. */
  private names(): Set<string> {
    if (this.nameWords) return this.nameWords;
    const input = this.input;
    const texts: (LocalizedText | LocalizedName | undefined)[] = [
      input.controller.name,
      input.controller.legalName,
      input.privacyContact?.title,
      input.cookies?.analytics?.provider,
      ...(input.statement.codesOfConduct ?? []).map((c) => c.name),
    ];
    const words = new Set(lawWords[this.locale]);
    words.add(this.model.authority.locales[this.locale].name.split(/\s+/)[0]!);
    const valueOf = (text: LocalizedText | LocalizedName): string | undefined => {
      const value = typeof text === 'string' ? text : (text[this.locale] ?? Object.values(text)[0]);
      return typeof value === 'string' ? value.trim() : undefined;
    };
    for (const text of texts) {
      const value = text === undefined ? undefined : valueOf(text);
      if (value) words.add(value.split(/[\s,.]+/)[0]!);
    }
    // A recipient is often a kind of organisation ("De overnemende partij", "Herstellers"): its
    // name is a proper name only when each longer word has a capital, or it is one organisation
    // named in one word ("Google").
    for (const r of input.recipients) {
      const value = valueOf(r.name);
      if (!value) continue;
      const parts = value.split(/[\s,.]+/).filter((w) => w.length > 0);
      if (parts.every((w) => w.length < 4 || /^\p{Lu}/u.test(w)) || (parts.length === 1 && r.plural !== true)) words.add(parts[0]!);
    }
    for (const article of articles) words.delete(article);
    this.nameWords = words;
    return words;
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
      audience: this.afterLabel(this.md(s.audience)),
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
        // What kind of data these are, and whether they must be provided: one paragraph.
        const ours: string[] = [];
        const kind = c.kind ?? 'regular';
        if (kind === 'special') ours.push(t('data.kind.special', { special: c.special ? t(`data.special.${c.special}`) : '' }));
        // The national number's rules are the jurisdiction's (art. 46 UAVG; art. 8 of the Belgian
        // law of 8 August 1983): `context` is the jurisdiction's country.
        else if (kind === 'national-id') ours.push(t('data.kind.national-id', this.nationalIdWords()));
        else if (kind !== 'regular') ours.push(t(`data.kind.${kind}`));
        // Whether the data must be provided, and what happens if not (Art. 13(2)(e)): a sentence
        // that says it, without a label that could contradict it.
        if (c.provision) {
          const consequence = this.md(c.provision.consequence);
          ours.push(t(`data.provision.${c.provision.requirement}`) + (consequence ? ' ' + consequence : ''));
        }
        if (ours.length > 0) notes.push(ours.join(' '));
        const facts: Fact[] = [];
        if (categoryTextShown.sourceDescription(c) && c.sourceDescription) {
          facts.push({ label: t(`data.source.${c.source as 'third-party' | 'public'}`), text: this.md(c.sourceDescription)! });
        }
        return {
          name: this.plain(c.name),
          examples: examples ? this.list(examples.map((e) => escapeMarkdown(e))) : undefined,
          notes,
          facts: this.afterLabels(facts),
        };
      }),
    };
  }

  private purposes(): Record<string, unknown> {
    const t = this.t;
    const categoriesOf = (p: Purpose) => this.model.purposes.find((r) => r.purpose === p)?.categories ?? [];
    return {
      purposes: this.model.purposes.map(({ purpose: p, number, categories }) => {
        // The legitimate interest (Art. 13(1)(d)), or the law behind a legal obligation or public
        // task (Art. 6(3)), follows its basis on the same line: "our legitimate interest (…): x".
        const interest = purposeTextShown.legitimateInterest(p) ? this.md(p.legitimateInterest) : undefined;
        const law = purposeTextShown.legalObligation(p) ? this.md(p.legalObligation) : undefined;
        const grounds = interest ?? law;
        // French joins them with "à savoir": a second colon on the line would follow the label's.
        const basis = t(`purposes.basisText.${p.legalBasis}`) + (grounds ? `${t('purposes.groundsJoin')} ${this.afterLabel(grounds, true)}` : '.');
        const facts: Fact[] = [{ label: t('purposes.basis'), text: basis }];
        const special = categories.filter((c) => c.kind === 'special');
        if (special.length > 0 && p.specialCategoryCondition) {
          facts.push({
            label: t('purposes.specialCategories'),
            text: t('purposes.specialCategoriesText', { categories: this.list(special.map((c) => inSentence(this.plain(c.name)))), condition: t(`purposes.condition.${p.specialCategoryCondition}`) }),
          });
          if (purposeTextShown.specialCategoryLaw(p, categoriesOf) && p.specialCategoryLaw) facts.push({ label: t('purposes.specialCategoryLaw'), text: this.md(p.specialCategoryLaw)! });
        }
        if (purposeTextShown.criminalDataBasis(p, categoriesOf) && p.criminalDataBasis) facts.push({ label: t('purposes.criminalData'), text: this.md(p.criminalDataBasis)! });
        if (purposeTextShown.nationalIdBasis(p, categoriesOf) && p.nationalIdBasis) facts.push({ label: t('nationalId.basis', this.nationalIdWords()), text: this.md(p.nationalIdBasis)! });
        facts.push({ label: t('purposes.data'), text: this.categoryNames(categories) + '.' });
        // Whose data a purpose processes (Art. 30(1)(c)) is for the register, not the statement: the
        // statement speaks to the reader, and its audience says whom it concerns.
        if (purposeTextShown.consentWithdrawal(p)) {
          // That consent can be withdrawn at any time, without effect on what was done before, is
          // said once under the rights (Art. 7(3)); here only how, for this purpose.
          const how = this.md(p.consentWithdrawal) ?? t('purposes.withdrawalDefault', { section: t('rights.exercise') });
          facts.push({ label: t('purposes.withdrawal'), text: how });
        }
        // The right to object is presented once, on its own (Art. 21(4)), with the purposes it concerns.
        return { id: p.id, number, name: this.plain(p.name), description: this.md(p.description), facts: this.afterLabels(facts) };
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
        if (served.length > 0) facts.push({ label: t('decisions.purposes', { count: served.length }), text: this.list(served.map((p) => this.purposeLink(p))) + '.' });
        return { number: i + 1, name: this.plain(d.name), exception: d.exception, facts: this.afterLabels(facts) };
      }),
      rights: t('decisions.rights', { section: t('rights.exercise'), ...rightsContext }),
    };
  }

  private recipients(): Record<string, unknown> {
    const t = this.t;
    // What each role means is said once, above the recipients, for the roles that occur; each
    // recipient then names its role only.
    const roleOrder = ['processor', 'controller', 'joint-controller', 'public-authority'] as const;
    const used = new Set(this.model.recipients.map(({ recipient: r }) => r.role));
    const roles = roleOrder.filter((role) => used.has(role)).map((role) => ({ label: capitalize(t(`recipients.roleName.${role}`)), text: t(`recipients.roleText.${role}`) }));
    return {
      roles,
      // The data each recipient receives are those of the purposes it serves (named per purpose);
      // the recipient names the purposes only.
      recipients: this.model.recipients.map(({ recipient: r, countries, outsideEea, purposes }) => {
        // A category of several organisations ("Verzekeraars") takes the plural: `context: 'plural'`.
        const facts: Fact[] = [{ label: t('recipients.role'), text: t(`recipients.roleName.${r.role}`, numberOf(r)) + '.' }];
        if (recipientTextShown.arrangement(r) && r.arrangement) facts.push({ label: t('recipients.arrangement'), text: this.md(r.arrangement)! });
        if (purposes.length > 0) facts.push({ label: t('recipients.purposes', { count: purposes.length }), text: this.list(purposes.map((p) => this.purposeLink(p))) + '.' });
        if (countries.length > 0) {
          const names = this.list(countries.map((c) => escapeMarkdown(countryName(c, this.locale))));
          facts.push({
            name: true,
            label: t('recipients.location'),
            text: (outsideEea.length > 0 ? t('recipients.locationTransfer', { countries: names, section: this.sectionTitle('transfers') }) : names) + '.',
          });
        }
        return { id: r.id, name: this.plain(r.name), plural: r.plural === true, description: this.md(r.description), facts: this.afterLabels(facts) };
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
          // A copy of clauses or rules; for an adequacy decision or a derogation there is none to give.
          const hasCopy = safeguard === 'standard-contractual-clauses' || safeguard === 'binding-corporate-rules';
          facts.push({ label: t(hasCopy ? 'transfers.copy' : 'transfers.more'), text: this.md(r.transfer?.copy) ?? t('transfers.copyDefault', { section: t('rights.exercise') }) });
        }
        return { name: `[${this.plain(r.name)}](#recipient-${r.id})`, plural: r.plural === true, countries, safeguard: this.afterLabel(text), facts: this.afterLabels(facts) };
      }),
    };
  }

  private retention(): Record<string, unknown> {
    const t = this.t;
    return {
      rules: this.model.retention.map(({ rule, categories, purposes }) => {
        const facts: Fact[] = [];
        if (rule.from) facts.push({ label: t('retention.from'), text: this.md(rule.from)! });
        if (rule.criteria) facts.push({ label: t('retention.criteria'), text: this.md(rule.criteria)! });
        return {
          categories: this.categoryNames(categories, true),
          scope: purposes.length > 0 ? t('retention.scope', { purposes: this.list(purposes.map((p) => this.purposeLink(p))) }) : undefined,
          period: rule.period ? formatDuration(rule.period, t) + '.' : undefined,
          facts: this.afterLabels(facts),
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
      // On one line after the name, not on a line of its own: "Harmony, t.a.v. privacy manager, Postbus …".
      const word = t('rights.attention');
      const attention = ch.attention ? `${word.charAt(0).toLowerCase()}${word.slice(1)} ${this.plain(ch.attention)}` : undefined;
      const head = this.legalName();
      const lines = [head, ...(attention ? [attention] : []), this.name(ch.address.street), escapeMarkdown(`${ch.address.postalCode} ${nameIn(ch.address.city, this.locale)}`), escapeMarkdown(countryName(ch.address.country, this.locale))];
      out.push({ label: t('rights.post'), value: lines.join(', ') });
    }
    return out;
  }

  private rights(): Record<string, unknown> {
    const t = this.t;
    const r = this.model.rights;
    const rights = this.input.rights;
    const keys = ['access', 'rectification', 'erasure', 'restriction'];
    if (r.portability.length > 0) keys.push('portability');
    // The right to object (Art. 21(4): presented separately), the complaint and the rights of
    // Art. 22(3) are explained once, in their own sections; the list points there.
    if (this.objectionGeneral().length > 0 || r.objectionMarketing.length > 0) keys.push('objection');
    if (r.withdrawConsent.length > 0 || r.decisionsOnConsent.length > 0) keys.push('withdrawConsent');
    if (r.automatedDecisions) keys.push('automatedDecisions');
    keys.push('complaint');
    const sectionFor: Record<string, string> = { objection: 'objection', automatedDecisions: 'automated-decisions', complaint: 'complaints' };
    return {
      rights: keys.map((key) => ({
        label: t(`rights.${key}.label`),
        // With limits of the insurer's own under the list, erasure does not add a generic one.
        text: this.afterLabel(t(`rights.${key}.text`, { ...(sectionFor[key] ? { section: this.sectionTitle(sectionFor[key]) } : {}), ...(key === 'erasure' && rights.notes ? { context: 'limited' } : {}) })),
      })),
      notes: this.afterLabel(this.md(rights.notes)),
      channels: this.channels(),
      responseTime: t('rights.responseTime', { duration: formatDuration(rights.responseTime ?? 'P1M', t) }),
      identification: this.afterLabel(this.md(rights.identification)),
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
    // The controller's address is given under its own heading; here only an address of the
    // privacy contact's own, or the controller's when there is no other way to write.
    const address = contact?.address ?? (contacts.length === 0 ? controller.address : undefined);
    const name = `**${this.legalName()}**`;
    const head = title ? `${name}\\\n${t('rights.attention')} ${title}` : name;
    return { intro: title ? t('contact.intro', { title }) : t('contact.introUs'), contacts, address: address ? this.addressLines(address, head) : undefined };
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
      log: (this.input.changes ?? []).map((c) => ({ date: formatDate(c.date, this.locale, t), summary: this.afterLabel(this.md(c.summary)) })),
    };
  }
}
