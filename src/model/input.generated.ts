// Generated from schemas/privacy-statement.schema.json by `node build.config.mjs generate`.
// Do not edit: edit the schema and regenerate.
/**
 * An identifier: lower-case letters, digits and single hyphens, e.g. `call-recordings`. Used in references, anchors and file names.
 *
 * This interface was referenced by `StatementSource`'s JSON-Schema
 * via the `definition` "id".
 */
export type Id = string;
/**
 * A language of the statement: `nl` (Dutch), `fr` (French) or `en` (English).
 *
 * This interface was referenced by `StatementSource`'s JSON-Schema
 * via the `definition` "locale".
 */
export type Locale = 'nl' | 'fr' | 'en';
/**
 * A proper noun that is the same in every language (a company, a product, a city). Rendered as plain text: Markdown and HTML in it are shown literally.
 *
 * This interface was referenced by `StatementSource`'s JSON-Schema
 * via the `definition` "name".
 */
export type Name = string;
/**
 * Prose in every language of the statement: a map from locale to text, e.g. `{ nl: "…", fr: "…", en: "…" }`. A plain string is accepted only when `statement.locales` has exactly one entry. May use paragraphs (blank line), bullet and numbered lists, *emphasis*, **strong** and links to https, http or mailto addresses; no headings, HTML, images, code, tables, block quotes or rules.
 *
 * This interface was referenced by `StatementSource`'s JSON-Schema
 * via the `definition` "localizedText".
 */
export type LocalizedText =
  | string
  | {
      /**
       * Dutch text.
       */
      nl?: string;
      /**
       * French text.
       */
      fr?: string;
      /**
       * English text.
       */
      en?: string;
    };
/**
 * A name that may be written differently in each language, shown as plain text (Markdown and HTML in it are shown literally): a plain string, the same in every language, or a map from locale to the name in that language, e.g. `{ nl: KMO-verzekeringen NV, fr: KMO-assurances SA }`. A map must give every language of `statement.locales`.
 *
 * This interface was referenced by `StatementSource`'s JSON-Schema
 * via the `definition` "localizedName".
 */
export type LocalizedName =
  | string
  | {
      /**
       * Dutch name.
       */
      nl?: string;
      /**
       * French name.
       */
      fr?: string;
      /**
       * English name.
       */
      en?: string;
    };
/**
 * A list of short texts in every language of the statement: a map from locale to a list, e.g. `{ nl: [naam, adres], en: [name, address] }`. A plain list is accepted only when `statement.locales` has exactly one entry.
 *
 * @minItems 1
 * @maxItems 200
 *
 * This interface was referenced by `StatementSource`'s JSON-Schema
 * via the `definition` "localizedList".
 */
export type LocalizedList =
  | [string, ...string[]]
  | {
      /**
       * Dutch items.
       *
       * @minItems 1
       * @maxItems 200
       */
      nl?: [string, ...string[]];
      /**
       * French items.
       *
       * @minItems 1
       * @maxItems 200
       */
      fr?: [string, ...string[]];
      /**
       * English items.
       *
       * @minItems 1
       * @maxItems 200
       */
      en?: [string, ...string[]];
    };
/**
 * An e-mail address, e.g. `privacy@harmony.nl`.
 *
 * This interface was referenced by `StatementSource`'s JSON-Schema
 * via the `definition` "email".
 */
export type Email = string;
/**
 * A web address starting with `https://` (or `http://`), e.g. `https://www.harmony.nl/contact`.
 *
 * This interface was referenced by `StatementSource`'s JSON-Schema
 * via the `definition` "url".
 */
export type Url = string;
/**
 * A telephone number as it should be shown, e.g. `+31 10 123 45 67` or `088 - 1805 250`: digits, spaces, `+`, `-`, `.`, `/` and parentheses.
 *
 * This interface was referenced by `StatementSource`'s JSON-Schema
 * via the `definition` "phone".
 */
export type Phone = string;
/**
 * A calendar date in ISO 8601 form `YYYY-MM-DD`, e.g. `2022-04-05`.
 *
 * This interface was referenced by `StatementSource`'s JSON-Schema
 * via the `definition` "date".
 */
export type IsoDate = string;
/**
 * An ISO 8601 period in years, months, weeks or days, longer than zero, e.g. `P180D` (180 days), `P4W` (4 weeks), `P6M` (6 months), `P7Y` (7 years), `P10Y6M`.
 *
 * This interface was referenced by `StatementSource`'s JSON-Schema
 * via the `definition` "duration".
 */
export type IsoDuration = string;
/**
 * A country as an ISO 3166-1 alpha-2 code in capitals, e.g. `NL`, `BE`, `US`.
 *
 * This interface was referenced by `StatementSource`'s JSON-Schema
 * via the `definition` "country".
 */
export type Country = string;

/**
 * The structured description of an insurer's processing of personal data, from which privacy statements are compiled.
 */
export interface StatementSource {
  /**
   * The location of this schema, for editors.
   */
  $schema?: string;
  /**
   * The input format and its version: always `privacy-statement/v1`.
   */
  format: 'privacy-statement/v1';
  statement: Statement;
  controller: Controller;
  privacyContact?: PrivacyContact;
  /**
   * The categories of personal data processed.
   *
   * @minItems 1
   * @maxItems 200
   */
  dataCategories: [DataCategory, ...DataCategory[]];
  /**
   * The purposes of processing, each with one legal basis.
   *
   * @minItems 1
   * @maxItems 200
   */
  purposes: [Purpose, ...Purpose[]];
  /**
   * The recipients or categories of recipients; empty when data is shared with no one.
   *
   * @maxItems 200
   */
  recipients: Recipient[];
  /**
   * Retention rules; every data category needs at least one.
   *
   * @minItems 1
   * @maxItems 200
   */
  retention: [RetentionRule, ...RetentionRule[]];
  rights: Rights;
  automatedDecisionMaking: AutomatedDecisionMaking;
  /**
   * How the data is protected, in plain words (Art. 32 GDPR).
   */
  security?: LocalizedText;
  cookies?: Cookies;
  /**
   * Extra sections of the insurer's own.
   *
   * @maxItems 50
   */
  sections?: CustomSection[];
  /**
   * The change log, newest first.
   *
   * @maxItems 200
   */
  changes?: Change[];
}
/**
 * What to render: the statement's identity, languages, supervisory authority and date.
 */
export interface Statement {
  /**
   * The statement's title; default "Privacy statement" in each language.
   */
  title?: LocalizedText;
  /**
   * The statement's identifier, used in output file names (`<id>.<locale>.html`), e.g. `harmony`.
   */
  id: Id;
  /**
   * The languages to render, in the order of the outputs: any of `nl`, `fr`, `en`.
   *
   * @minItems 1
   */
  locales: [Locale, ...Locale[]];
  /**
   * The language the texts are written in; the other languages of `locales` are translations of it. One of `locales`; default: the first of `locales`. `privacy-statement translations` keeps track of which translations still match their source text (in `<file>.translations.json`, beside the statement), and `check` warns (`translation-stale`) when a source text has changed since its translation was accepted.
   */
  sourceLocale?: Locale;
  /**
   * The lead supervisory authority: `nl-ap` (Dutch Autoriteit Persoonsgegevens) or `be-gba` (Belgian Gegevensbeschermingsautoriteit / Autorité de protection des données). Its name, address and web site come from the compiler's own data.
   */
  authority: 'nl-ap' | 'be-gba';
  /**
   * The date the statement was last amended, `YYYY-MM-DD`; rendered localized ("5 april 2022").
   */
  lastAmended: IsoDate;
  /**
   * The date this version takes effect, `YYYY-MM-DD`, on or after `lastAmended`. Material changes (a new purpose, a longer retention period, a new recipient…) must be announced before they apply (Art. 13(3) GDPR; WP260 rev.01 § 30): give the date, at least 30 days after `lastAmended`, from which the new version applies. Default: `lastAmended`.
   */
  effectiveFrom?: IsoDate;
  /**
   * An opening paragraph in the insurer's own words.
   */
  introduction?: LocalizedText;
  /**
   * Whose data this statement covers, e.g. customers, applicants and visitors of the web site.
   */
  audience?: LocalizedText;
  /**
   * Codes of conduct the controller adheres to: codes approved under Art. 40 GDPR, or the sector's self-regulation, e.g. the Gedragscode Verwerking Persoonsgegevens Verzekeraars of the Verbond van Verzekeraars.
   *
   * @maxItems 20
   */
  codesOfConduct?: CodeOfConduct[];
}
/**
 * A code of conduct.
 */
export interface CodeOfConduct {
  /**
   * The code's name in each language.
   */
  name: LocalizedText;
  /**
   * Where the code can be read.
   */
  url?: Url;
}
/**
 * Who is responsible for the processing: identity and contact details of the controller (Art. 13(1)(a) GDPR). At least one of `email`, `phone` or `contactForm` is required.
 */
export interface Controller {
  /**
   * The name people know the controller by, e.g. `Harmony`.
   */
  name: Name;
  /**
   * The legal entity's name when it differs from the trading name, e.g. `Groep LB Republico VOF`; per language where it differs, e.g. `{ nl: KMO-verzekeringen NV, fr: KMO-assurances SA }` for a Belgian NV, which is an SA in French.
   */
  legalName?: LocalizedName;
  /**
   * The controller's legal form, under the law of the country in `address.country`: for the Netherlands `nv`, `bv`, `vof`, `cv` (commanditaire vennootschap), `cooperatie`, `owm` (onderlinge waarborgmaatschappij), `stichting`, `vereniging`, `se`; for Belgium `nv` (NV/SA), `bv` (BV/SRL), `cv` (CV/SC), `vof` (VOF/SNC), `commv` (CommV/SComm), `vzw` (vzw/ASBL), `ovv` (onderlinge verzekeringsvereniging), `se`. The sentences that name the controller agree with it (in French a société is feminine). Default: recognised from the end of `legalName` ("… N.V.", "… SA"), if it shows one.
   */
  legalForm?:
    | 'bv'
    | 'commv'
    | 'cooperatie'
    | 'cv'
    | 'nv'
    | 'ovv'
    | 'owm'
    | 'se'
    | 'stichting'
    | 'vereniging'
    | 'vof'
    | 'vzw';
  registration?: Registration;
  /**
   * The controller's postal address.
   */
  address: Address;
  /**
   * E-mail address for questions about personal data.
   */
  email?: Email;
  /**
   * Telephone number.
   */
  phone?: Phone;
  /**
   * Web address of a contact form.
   */
  contactForm?: Url;
  /**
   * The controller's web site.
   */
  website?: Url;
  /**
   * How the controller relates to a group, e.g. "KMO-verzekeringen is part of Groep LB Republico VOF".
   */
  group?: LocalizedText;
  representative?: Representative;
}
/**
 * The entry in the trade or company register.
 */
export interface Registration {
  /**
   * `kvk` (Dutch Kamer van Koophandel), `kbo` (Belgian Kruispuntbank van Ondernemingen / BCE) or `other`.
   */
  register: 'kvk' | 'kbo' | 'other';
  /**
   * The registration number as it is written, e.g. `0630.925.810`.
   */
  number: string;
  /**
   * The register's name; required when `register` is `other`.
   */
  registerName?: Name;
}
/**
 * The representative in the Union, required when the controller is established outside the EEA (Art. 27 GDPR).
 */
export interface Representative {
  /**
   * The representative's name.
   */
  name: Name;
  /**
   * The representative's address in the Union.
   */
  address: Address;
  /**
   * The representative's e-mail address.
   */
  email?: Email;
}
/**
 * The data protection officer or privacy contact (Art. 13(1)(b) GDPR). At least one of `email`, `address` or `contactForm` is required.
 */
export interface PrivacyContact {
  /**
   * How the contact is addressed, e.g. "privacy manager" or "Data Protection Officer".
   */
  title?: LocalizedText;
  /**
   * `dpo` when a data protection officer is designated (Art. 37 GDPR), otherwise `privacy-officer`.
   */
  role: 'dpo' | 'privacy-officer';
  /**
   * The contact's e-mail address.
   */
  email?: Email;
  /**
   * The contact's telephone number.
   */
  phone?: Phone;
  /**
   * The contact's postal address; default: the controller's address.
   */
  address?: Address;
  /**
   * Web address of a contact form.
   */
  contactForm?: Url;
}
/**
 * A category of personal data.
 */
export interface DataCategory {
  /**
   * The category's identifier, referenced by purposes, recipients and retention rules, e.g. `contact`.
   */
  id: Id;
  /**
   * The category's name, e.g. "Contact data" / "Contactgegevens".
   */
  name: LocalizedText;
  /**
   * A sentence about the category, e.g. when it is collected.
   */
  description?: LocalizedText;
  /**
   * Typical items of the category, e.g. `{ en: [name, date of birth] }`.
   */
  examples?: LocalizedList;
  /**
   * `regular`, `special` (Art. 9 GDPR), `criminal` (Art. 10 GDPR) or `national-id` (BSN, rijksregisternummer). Default `regular`.
   */
  kind?: 'regular' | 'special' | 'criminal' | 'national-id';
  /**
   * Which special category (Art. 9(1) GDPR); required when `kind` is `special`.
   */
  special?:
    | 'racial-ethnic-origin'
    | 'political-opinions'
    | 'religious-beliefs'
    | 'trade-union-membership'
    | 'genetic'
    | 'biometric'
    | 'health'
    | 'sex-life';
  /**
   * Where the data comes from: `data-subject` (default), `third-party` or `public` (Art. 14 GDPR).
   */
  source?: 'data-subject' | 'third-party' | 'public';
  /**
   * From whom or where the data is obtained; required unless `source` is `data-subject` (Art. 14(2)(f) GDPR).
   */
  sourceDescription?: LocalizedText;
  provision?: Provision;
}
/**
 * Whether providing the data is required, and what happens if it is not (Art. 13(2)(e) GDPR).
 */
export interface Provision {
  /**
   * `statutory`, `contractual`, `contract-prerequisite` (needed to enter into a contract) or `voluntary`.
   */
  requirement: 'statutory' | 'contractual' | 'contract-prerequisite' | 'voluntary';
  /**
   * What happens when the data is not provided; required unless `voluntary`.
   */
  consequence?: LocalizedText;
}
/**
 * A purpose of processing with its own legal basis (Art. 13(1)(c) GDPR).
 */
export interface Purpose {
  /**
   * The purpose's identifier, e.g. `application`.
   */
  id: Id;
  /**
   * The purpose in a few words, e.g. "Assessing and processing your application".
   */
  name: LocalizedText;
  /**
   * What is done with the data for this purpose, in plain words.
   */
  description: LocalizedText;
  /**
   * The one legal basis of Art. 6(1) GDPR: `consent` (a), `contract` (b), `legal-obligation` (c), `vital-interests` (d), `public-task` (e) or `legitimate-interests` (f). A purpose that needs two bases is two purposes.
   */
  legalBasis:
    | 'consent'
    | 'contract'
    | 'legal-obligation'
    | 'vital-interests'
    | 'public-task'
    | 'legitimate-interests';
  /**
   * Which legitimate interest is pursued; required with `legitimate-interests` (Art. 13(1)(d) GDPR).
   */
  legitimateInterest?: LocalizedText;
  /**
   * Which law imposes the obligation or the task, with `legal-obligation` or `public-task` (Art. 6(3) GDPR), e.g. "de Wet ter voorkoming van witwassen en financieren van terrorisme (Wwft)".
   */
  legalObligation?: LocalizedText;
  /**
   * How consent is withdrawn, with `consent`; default: the channels in `rights`.
   */
  consentWithdrawal?: LocalizedText;
  /**
   * The Art. 9(2) GDPR condition, required when the purpose uses a category of kind `special`: `explicit-consent` (a), `employment-social-security` (b), `vital-interests` (c), `not-for-profit-body` (d), `made-public` (e), `legal-claims` (f), `substantial-public-interest` (g), `health-care` (h), `public-health` (i) or `archiving-research` (j).
   */
  specialCategoryCondition?:
    | 'explicit-consent'
    | 'employment-social-security'
    | 'vital-interests'
    | 'not-for-profit-body'
    | 'made-public'
    | 'legal-claims'
    | 'substantial-public-interest'
    | 'health-care'
    | 'public-health'
    | 'archiving-research';
  /**
   * The Union or national law relied on with conditions (b), (g), (h), (i) and (j), e.g. "artikel 30, derde lid, aanhef en onder b, UAVG".
   */
  specialCategoryLaw?: LocalizedText;
  /**
   * The legal basis for criminal data (Art. 10 GDPR), e.g. "artikel 33 UAVG"; required when the purpose uses a category of kind `criminal`.
   */
  criminalDataBasis?: LocalizedText;
  /**
   * The law that allows the national identification number (BSN: UAVG art. 46; rijksregisternummer); required when the purpose uses a category of kind `national-id`.
   */
  nationalIdBasis?: LocalizedText;
  /**
   * The ids of the data categories used for this purpose.
   *
   * @minItems 1
   */
  dataCategories: [Id, ...Id[]];
  /**
   * The ids of the recipients of data for this purpose.
   */
  recipients?: Id[];
  /**
   * `true` when the purpose is direct marketing: the absolute right to object then applies (Art. 21(2) GDPR).
   */
  directMarketing?: boolean;
  /**
   * Whose data this purpose processes, in a few words each, e.g. `{ nl: [verzekeringnemers, verzekerden, begunstigden], en: [policyholders, insured persons, beneficiaries] }`. Shown in the statement ("Whose data we process") and in the record of processing activities (Art. 30(1)(c) GDPR); `register-incomplete` asks for it when the register is built.
   */
  dataSubjects?: LocalizedList;
  /**
   * The technical and organisational security measures of this processing, for the record of processing activities (Art. 30(1)(g), Art. 32 GDPR), e.g. "Encryption at rest, access by role, logging of every look-up". Not shown in the statement. Default: the statement's `security`.
   */
  securityMeasures?: LocalizedText;
  dpia?: Dpia;
}
/**
 * Whether a data protection impact assessment (Art. 35 GDPR) was needed for this processing and where it stands, for the record of processing activities. Not shown in the statement.
 */
export interface Dpia {
  /**
   * `not-required` (the processing is not likely to result in a high risk, Art. 35(1)), `planned`, `in-progress` or `completed`.
   */
  status: 'not-required' | 'planned' | 'in-progress' | 'completed';
  /**
   * When the assessment was completed (or last reviewed), `YYYY-MM-DD`.
   */
  date?: IsoDate;
}
/**
 * A recipient or category of recipients (Art. 13(1)(e) GDPR).
 */
export interface Recipient {
  /**
   * The recipient's identifier, e.g. `risk-bearer`.
   */
  id: Id;
  /**
   * A category ("repairers") as text in every language, or a proper noun as a plain string, the same in every language ("Focus Feedback").
   */
  name: LocalizedText;
  /**
   * `true` when `name` stands for several organisations, a category such as "Verzekeraars" or "repairers", so that the sentences about the recipient agree with it in number ("verwerkers: verwerken de gegevens in onze opdracht"). Default `false`: one organisation.
   */
  plural?: boolean;
  /**
   * What the recipient does with the data and why it receives it.
   */
  description: LocalizedText;
  /**
   * `processor` (processes on our behalf), `controller` (independent controller), `joint-controller` (Art. 26 GDPR) or `public-authority`.
   */
  role: 'processor' | 'controller' | 'joint-controller' | 'public-authority';
  /**
   * The essence of the joint-controller arrangement; required with `joint-controller` (Art. 26(2) GDPR).
   */
  arrangement?: LocalizedText;
  /**
   * The ids of the data categories this recipient receives.
   */
  dataCategories?: Id[];
  /**
   * Where the recipient processes the data: an ISO 3166-1 alpha-2 code or a list of them, e.g. `US` or `[NL, US]`. Default: within the EEA.
   *
   * @minItems 1
   */
  country?: string | [Country, ...Country[]];
  transfer?: Transfer;
}
/**
 * How a transfer outside the EEA is safeguarded (Art. 13(1)(f), 44–49 GDPR).
 */
export interface Transfer {
  /**
   * `adequacy-decision`, `standard-contractual-clauses`, `binding-corporate-rules`, `eu-us-data-privacy-framework` or `derogation` (Art. 49 GDPR).
   */
  safeguard:
    | 'adequacy-decision'
    | 'standard-contractual-clauses'
    | 'binding-corporate-rules'
    | 'eu-us-data-privacy-framework'
    | 'derogation';
  /**
   * How to obtain a copy of the safeguards, or where they are available.
   */
  copy?: LocalizedText;
  /**
   * With `derogation`: which Art. 49 derogation applies.
   */
  derogation?: LocalizedText;
}
/**
 * How long data is kept (Art. 13(2)(a) GDPR): a `period`, `criteria`, or both.
 */
export interface RetentionRule {
  /**
   * The rule's identifier, e.g. `call-recordings`.
   */
  id: Id;
  /**
   * The ids of the data categories this rule covers.
   *
   * @minItems 1
   */
  dataCategories: [Id, ...Id[]];
  /**
   * The ids of purposes, to narrow the rule to them.
   */
  purposes?: Id[];
  /**
   * The retention period as an ISO 8601 duration, e.g. `P180D`, `P7Y`, `P10Y`.
   */
  period?: IsoDuration;
  /**
   * The criteria that determine the period, when it is not (only) a fixed duration.
   */
  criteria?: LocalizedText;
  /**
   * When the period starts, e.g. "from the end of the insurance contract".
   */
  from?: LocalizedText;
}
/**
 * How people exercise their rights (Art. 13(2)(b)–(d), 12 GDPR). Which rights apply is derived from the legal bases.
 */
export interface Rights {
  channels: RightsChannels;
  /**
   * How quickly requests are answered, at most one month (Art. 12(3) GDPR), e.g. `P4W`. Default `P1M`.
   */
  responseTime?: IsoDuration;
  /**
   * How the person making a request is identified.
   */
  identification?: LocalizedText;
  /**
   * Limits of the rights, e.g. when erasure is not possible because of statutory retention.
   */
  notes?: LocalizedText;
}
/**
 * Where requests are sent; at least one of `email`, `contactForm` or `address`.
 */
export interface RightsChannels {
  /**
   * E-mail address for requests.
   */
  email?: Email;
  /**
   * Web address of a request form.
   */
  contactForm?: Url;
  /**
   * Postal address for requests.
   */
  address?: Address;
  /**
   * To whose attention letters are sent, e.g. "privacy manager".
   */
  attention?: LocalizedText;
}
/**
 * Whether decisions are taken solely by automated means, including profiling (Art. 13(2)(f), 22 GDPR). Always declared, also when not used.
 */
export interface AutomatedDecisionMaking {
  /**
   * `true` when such decisions are taken; then `decisions` is required.
   */
  used: boolean;
  /**
   * Each automated decision.
   *
   * @maxItems 50
   */
  decisions?: AutomatedDecision[];
}
/**
 * An automated decision.
 */
export interface AutomatedDecision {
  /**
   * The decision's identifier, e.g. `online-acceptance`: lets `diff` follow the decision when its name is reworded. Optional.
   */
  id?: Id;
  /**
   * The decision, e.g. "Automatic acceptance of online applications".
   */
  name: LocalizedText;
  /**
   * Meaningful information about the logic involved.
   */
  logic: LocalizedText;
  /**
   * The significance and the envisaged consequences for the person.
   */
  significance: LocalizedText;
  /**
   * The ids of the purposes the decision serves.
   */
  purposes?: Id[];
  /**
   * Which exception of Art. 22(2) GDPR allows the decision: `contract` (necessary for entering into or performing a contract with the person, Art. 22(2)(a)), `law` (authorised by Union or member-state law that also lays down suitable safeguards, Art. 22(2)(b): name it in `law`) or `explicit-consent` (the person's explicit consent, Art. 22(2)(c)). The statement says which applies.
   */
  exception?: 'contract' | 'law' | 'explicit-consent';
  /**
   * With `exception: law`: the law that authorises the decision and lays down suitable safeguards (Art. 22(2)(b) GDPR), e.g. "artikel 40 UAVG, met de wet die ons de verplichting oplegt".
   */
  law?: LocalizedText;
  /**
   * Whether the decision uses special categories of personal data (Art. 9(1) GDPR), such as health data; then Art. 22(4) asks for `specialCategoryCondition` and `safeguards`. Default: whether a purpose in `purposes` uses a data category of kind `special`.
   */
  specialCategories?: boolean;
  /**
   * With special categories: the condition of Art. 22(4) GDPR under which the decision may use them: `explicit-consent` (Art. 9(2)(a)) or `substantial-public-interest` (Art. 9(2)(g), on the basis of Union or member-state law: name it in `specialCategoryLaw`).
   */
  specialCategoryCondition?: 'explicit-consent' | 'substantial-public-interest';
  /**
   * With `specialCategoryCondition: substantial-public-interest`: the Union or member-state law relied on (Art. 9(2)(g) GDPR), e.g. "artikel 30 lid 3 onder b UAVG".
   */
  specialCategoryLaw?: LocalizedText;
  /**
   * With special categories: the suitable measures that safeguard the person's rights, freedoms and legitimate interests (Art. 22(4) GDPR), e.g. that a medical adviser reviews every refusal.
   */
  safeguards?: LocalizedText;
}
/**
 * An optional section about cookies on the web site.
 */
export interface Cookies {
  /**
   * What cookies are used and why.
   */
  description: LocalizedText;
  analytics?: Analytics;
  /**
   * A link to a separate cookie policy.
   */
  policy?: Url;
}
/**
 * The web analytics service.
 */
export interface Analytics {
  /**
   * The service, e.g. `Google Analytics`.
   */
  provider: Name;
  /**
   * `true` when IP addresses are anonymised.
   */
  anonymisedIp?: boolean;
  /**
   * Where visitors can opt out.
   */
  optOut?: Url;
}
/**
 * An extra section of the insurer's own.
 */
export interface CustomSection {
  /**
   * The section's heading.
   */
  title: LocalizedText;
  /**
   * The section's identifier and anchor; must differ from the standard section ids.
   */
  id: Id;
  /**
   * The id of the section it follows: a standard section (`introduction`, `controller`, `data`, `purposes`, `automated-decisions`, `recipients`, `transfers`, `retention`, `rights`, `objection`, `complaints`, `security`, `cookies`, `contact`, `changes`) or another custom section.
   */
  after: Id;
  /**
   * The section's text.
   */
  body: LocalizedText;
}
/**
 * An entry of the change log.
 */
export interface Change {
  /**
   * When the change took effect.
   */
  date: IsoDate;
  /**
   * What changed.
   */
  summary: LocalizedText;
}
/**
 * A postal address.
 *
 * This interface was referenced by `StatementSource`'s JSON-Schema
 * via the `definition` "address".
 */
export interface Address {
  /**
   * Street and number, or a PO box, e.g. `Wolvenpad 2` or `Postbus 21460`; per language where it differs, e.g. `{ nl: Regentlaan 1, fr: Boulevard du Régent 1 }`.
   */
  street: LocalizedName;
  /**
   * The postal code, e.g. `3001 AL` or `3300`.
   */
  postalCode: string;
  /**
   * The city, e.g. `Rotterdam`; per language where it differs, e.g. `{ nl: Brussel, fr: Bruxelles }`.
   */
  city: LocalizedName;
  /**
   * The country as an ISO 3166-1 alpha-2 code, e.g. `NL` or `BE`.
   */
  country: Country;
}
