import type { LocalizedText } from '../model/input.generated.js';

/** How much a change matters to the people the statement informs (lifecycle contract, `diff`). */
export type ChangeClass = 'material' | 'favourable' | 'editorial';
export type ChangeKind = 'added' | 'removed' | 'changed';
export type ChangeSubject =
  | 'controller'
  | 'privacy-contact'
  | 'data-category'
  | 'purpose'
  | 'recipient'
  | 'transfer'
  | 'retention'
  | 'rights'
  | 'automated-decision'
  | 'source'
  | 'section'
  | 'statement';

export const changeClasses: readonly ChangeClass[] = ['material', 'favourable', 'editorial'];

/**
 * A piece of a change's sentence, localized when the sentence is written: a text of the
 * input (its name in that language), a translation key (a legal basis, a role), a list of
 * pieces, a period, or a literal (an id, an e-mail address).
 */
export type Piece =
  | { text: LocalizedText }
  | { key: string }
  | { list: Piece[] }
  | { period: string }
  | { literal: string }
  | { countries: string[] };

/**
 * One change between two versions, before it is put into words. `what` names the sentence
 * (`lifecycle.summary.<what>` for the change memo, `lifecycle.notice.<what>` for the
 * statement's own list of changes).
 */
export interface FoundChange {
  class: ChangeClass;
  kind: ChangeKind;
  subject: ChangeSubject;
  id?: string;
  /** JSON Pointer in the new source; in the old one for what was removed. */
  path: string;
  what: string;
  values: Record<string, Piece>;
  references: string[];
}

/** A change as `diff` reports it (the lifecycle contract's JSON). */
export interface StatementChange {
  class: ChangeClass;
  kind: ChangeKind;
  subject: ChangeSubject;
  id?: string;
  path: string;
  summary: string;
  references: string[];
}

/** Provisions behind each class of change. */
export const provisions = {
  notice: 'GDPR Art. 13(3)',
  noticeIndirect: 'GDPR Art. 14(4)',
  wp260Material: 'WP260 rev.01 § 31',
  wp260Notice: 'WP260 rev.01 § 30',
} as const;
