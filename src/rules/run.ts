import { formatDate, joinList } from '../render/format.js';
import { translator } from '../render/i18n.js';
import type { Diagnostic } from '../diagnostics.js';
import type { Locator } from '../load/source.js';
import type { FoundChange } from '../lifecycle/changes.js';
import type { Locale, StatementSource } from '../model/input.generated.js';
import type { TranslationLock } from '../translations/lock.js';
import { messageFrom, messagesIn, type MessageLanguage } from '../messages/index.js';
import { describe, preview } from '../validate/describe.js';
import { indexInput } from './input-index.js';
import { readingTextsOnce } from './prose.js';
import { andList, longDate } from './insurers.js';
import type { Rule, RuleContext } from './types.js';

export interface RunOptions {
  file?: string;
  locator: Locator;
  /** The changes since an earlier version, for the rules about changes. */
  changes?: readonly FoundChange[];
  /** The translations lock file, for the rules about translations kept in step. */
  translations?: TranslationLock;
  /** The formats that will be written, for the rules about what one format needs. */
  formats?: readonly string[];
  /** The language of the messages (default English). */
  lang?: MessageLanguage;
}

/** Runs every rule over a schema-valid input and collects what they report. */
export function runRules(rules: readonly Rule[], input: StatementSource, options: RunOptions): Diagnostic[] {
  return readingTextsOnce(() => runEach(rules, input, options));
}

function runEach(rules: readonly Rule[], input: StatementSource, options: RunOptions): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const index = indexInput(input);
  const locales = input.statement.locales;
  const lang = options.lang ?? 'en';
  const say = messagesIn(lang);
  // English as the rules always wrote it; Dutch and French as the statements write them (from the
  // locale files, not the machine's ICU data: the same on every machine, "1er avril" included).
  const t = lang === 'en' ? undefined : translator(lang);
  const list = t ? (items: readonly string[]) => joinList(items, t) : andList;
  const date = t ? (iso: string) => formatDate(iso, lang as Locale, t) : longDate;
  for (const rule of rules) {
    const ctx: RuleContext = {
      input,
      locales,
      authority: input.statement.authority,
      index,
      ...(options.changes ? { changes: options.changes } : {}),
      ...(options.translations ? { translations: options.translations } : {}),
      ...(options.formats ? { formats: options.formats } : {}),
      preview: (text) => preview(text, locales, lang),
      lang,
      say,
      message: (id, values) => messageFrom(say, id, values),
      languageName: (locale) => say(`language.${locale}`),
      describe: (ptr) => describe(input, ptr, say),
      andList: list,
      languagesOf: (texts) => list([...new Set(texts.map((t) => t.locale))].map((l) => `${say(`language.${l}`)} (\`${l}\`)`)),
      longDate: date,
      report(finding) {
        diagnostics.push({
          rule: rule.meta.id,
          severity: finding.severity ?? rule.meta.severity,
          ...(typeof finding.message === 'string' ? { message: finding.message } : { message: finding.message.text, messageId: finding.message.id }),
          ...(options.file !== undefined ? { file: options.file } : {}),
          ...(options.locator.position(finding.path, finding.at) ?? {}),
          path: finding.path,
          references: finding.references ?? rule.meta.references,
        });
      },
    };
    rule.check(ctx);
  }
  return diagnostics;
}
