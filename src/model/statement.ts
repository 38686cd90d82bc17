import { isEea } from '../data/countries.js';
import { jurisdiction, legalFormOf, type Authority, type Jurisdiction, type LegalForm } from '../jurisdictions/index.js';
import type { FoundChange } from '../lifecycle/changes.js';
import { versionId } from '../lifecycle/version.js';
import type { CustomSection, DataCategory, Purpose, Recipient, RetentionRule, StatementSource } from './input.generated.js';
import { deriveRights, objectionApplies, type DerivedRights } from './rights.js';
import { countriesOf } from './shown.js';
import { standardSectionIds, type StandardSectionId } from './sections.js';

export type { Authority, AuthorityText } from '../jurisdictions/index.js';

export interface ResolvedPurpose {
  purpose: Purpose;
  /** 1-based position, as printed ("3. Keeping in touch with you"). */
  number: number;
  categories: DataCategory[];
  recipients: Recipient[];
}

export interface ResolvedRecipient {
  recipient: Recipient;
  countries: string[];
  /** Countries outside the EEA, for the transfers section. */
  outsideEea: string[];
  categories: DataCategory[];
  purposes: Purpose[];
}

export interface ResolvedRetention {
  rule: RetentionRule;
  categories: DataCategory[];
  purposes: Purpose[];
}

export type SectionRef = { kind: 'standard'; id: StandardSectionId } | { kind: 'custom'; id: string; section: CustomSection };

/** The statement with references joined and rights derived: what every renderer works from. */
export interface ResolvedStatement {
  input: StatementSource;
  /** What varies by country: the authority, national rules, legal forms, how each language is written. */
  jurisdiction: Jurisdiction;
  /** The supervisory authority, from the jurisdiction. */
  authority: Authority;
  /** The controller's legal form, named or recognised from its legal name; undefined when unknown. */
  legalForm?: LegalForm;
  purposes: ResolvedPurpose[];
  recipients: ResolvedRecipient[];
  retention: ResolvedRetention[];
  transfers: ResolvedRecipient[];
  rights: DerivedRights;
  sections: SectionRef[];
  /** The version id of the input (see lifecycle/version.ts). */
  version: string;
  /** The changes since an earlier version, when the build was asked for them (`--changes-since`). */
  changes?: readonly FoundChange[];
}

/** Joins references by id. Assumes a checked input: unknown ids are dropped, not reported. */
export function resolveStatement(input: StatementSource, options: { changes?: readonly FoundChange[] } = {}): ResolvedStatement {
  const categories = new Map(input.dataCategories.map((c) => [c.id, c]));
  const recipientsById = new Map(input.recipients.map((r) => [r.id, r]));
  const purposesById = new Map(input.purposes.map((p) => [p.id, p]));
  const pick = <T>(map: Map<string, T>, ids: readonly string[] | undefined): T[] =>
    (ids ?? []).flatMap((id) => {
      const item = map.get(id);
      return item ? [item] : [];
    });

  const purposes = input.purposes.map((purpose, i) => ({
    purpose,
    number: i + 1,
    categories: pick(categories, purpose.dataCategories),
    recipients: pick(recipientsById, purpose.recipients),
  }));
  const recipients = input.recipients.map((recipient) => {
    const countries = countriesOf(recipient.country);
    const usedBy = input.purposes.filter((p) => p.recipients?.includes(recipient.id));
    return {
      recipient,
      countries,
      outsideEea: countries.filter((c) => !isEea(c)),
      categories: pick(categories, recipient.dataCategories),
      purposes: usedBy,
    };
  });
  const retention = input.retention.map((rule) => ({
    rule,
    categories: pick(categories, rule.dataCategories),
    purposes: pick(purposesById, rule.purposes),
  }));
  const transfers = recipients.filter((r) => r.outsideEea.length > 0);
  const rights = deriveRights(input);

  const present: Record<StandardSectionId, boolean> = {
    introduction: true,
    controller: true,
    data: true,
    purposes: true,
    'automated-decisions': true,
    recipients: true,
    transfers: transfers.length > 0,
    retention: true,
    rights: true,
    objection: objectionApplies(rights),
    complaints: true,
    security: input.security !== undefined,
    cookies: input.cookies !== undefined,
    contact: true,
    changes: true,
  };
  return {
    input,
    jurisdiction: jurisdiction(input.statement.authority),
    authority: jurisdiction(input.statement.authority).authority,
    ...withLegalForm(legalFormOf(input.controller, input.statement.authority)),
    purposes,
    recipients,
    retention,
    transfers,
    rights,
    sections: orderSections(present, input.sections ?? []),
    version: versionId(input),
    ...(options.changes ? { changes: options.changes } : {}),
  };
}

function withLegalForm(legalForm: LegalForm | undefined): { legalForm?: LegalForm } {
  return legalForm ? { legalForm } : {};
}

/**
 * Standard sections in their fixed order, each followed by the custom sections placed after it
 * (and, recursively, those placed after them). A custom section after an absent standard
 * section keeps its place in the order.
 */
function orderSections(present: Record<StandardSectionId, boolean>, custom: readonly CustomSection[]): SectionRef[] {
  const out: SectionRef[] = [];
  const placed = new Set<string>();
  const placeAfter = (id: string): void => {
    for (const section of custom) {
      if (section.after !== id || placed.has(section.id)) continue;
      placed.add(section.id);
      out.push({ kind: 'custom', id: section.id, section });
      placeAfter(section.id);
    }
  };
  for (const id of standardSectionIds) {
    if (present[id]) out.push({ kind: 'standard', id });
    placeAfter(id);
  }
  return out;
}

