import type { Severity } from '../diagnostics.js';
import type { Message, MessageId, MessageLanguage, MessageValues, Say } from '../messages/index.js';
import type { Locale, LocalizedText, StatementSource } from '../model/input.generated.js';
import type { FoundChange } from '../lifecycle/changes.js';
import type { TranslationLock } from '../translations/lock.js';
import type { InputIndex } from './input-index.js';

export type AuthorityId = StatementSource['statement']['authority'];

export interface RuleMeta {
  /** Stable id, kebab-case; never changes meaning once published. */
  id: string;
  /** Default severity; `--strict` turns warnings into errors. */
  severity: Severity;
  /** The provisions the rule enforces, written as in diagnostics: "GDPR Art. 13(1)(d)", "UAVG art. 46". */
  references: string[];
  /** One line for `privacy-statement rules`. */
  summary: string;
  /** One paragraph: why the law asks for this and why the rule exists. */
  rationale: string;
  /** YAML fragments: one that passes and one that triggers the rule. */
  examples: { good: string; bad: string };
}

export interface Finding {
  /** JSON Pointer of the offending value, or of the object that lacks a field. */
  path: string;
  /** From the message catalogue (`ctx.message(id, values)`). */
  message: Message | string;
  /** Point at the key rather than the value (unknown keys, objects). */
  at?: 'key' | 'value';
  /** Overrides the rule's default, e.g. a warning-level variant of an error rule. */
  severity?: Severity;
  /** Overrides the rule's references, e.g. the national law that applies to this statement. */
  references?: string[];
}

export interface RuleContext {
  readonly input: StatementSource;
  readonly locales: readonly Locale[];
  readonly authority: AuthorityId;
  readonly index: InputIndex;
  report(finding: Finding): void;
  /**
   * The changes since an earlier version, when the command compared the two (`diff`,
   * `build --changes-since`); undefined otherwise, and rules about changes then stay silent.
   */
  readonly changes?: readonly FoundChange[];
  /**
   * The statement's translations lock file (`<statement>.translations.json`), when it has one;
   * undefined otherwise, and rules about translations kept in step then stay silent.
   */
  readonly translations?: TranslationLock;
  /**
   * The output formats that will be written (`build --to`, `compile`'s `formats`); undefined for
   * a check. Rules about what one format needs (the register's fields) then stay silent; those
   * about what one format cannot show (font-coverage, for PDF) speak, since it may be built.
   */
  readonly formats?: readonly string[];
  /** A short form of a LocalizedText for messages (in the language of the messages when present). */
  preview(text: LocalizedText | undefined): string | undefined;
  /** The language diagnostics are written in (`--lang`, compile()'s `lang`). */
  readonly lang: MessageLanguage;
  /** A catalogue message in that language, to report. */
  message(id: MessageId, values?: MessageValues): Message;
  /** A catalogue text in that language, to build a message's values from. */
  say: Say;
  /** A language's name in the language of the messages ("Dutch", "néerlandais"). */
  languageName(locale: Locale): string;
  /** A place in the input as a person reads it ("`legalBasis` of purpose `marketing`"). */
  describe(ptr: string): string;
  /** "a, b and c" in the language of the messages. */
  andList(items: readonly string[]): string;
  /** The languages of texts: "Dutch (`nl`) and English (`en`)", in the language of the messages. */
  languagesOf(texts: readonly { locale: Locale }[]): string;
  /** A date of the input or the data in words: `2021-04-01` → "1 April 2021", "1 april 2021", "1 avril 2021". */
  longDate(iso: string): string;
}

export interface Rule {
  meta: RuleMeta;
  /** Runs on a schema-valid input. Reports through `ctx.report`; never throws for bad input. */
  check(ctx: RuleContext): void;
}

export function defineRule(rule: Rule): Rule {
  return rule;
}
