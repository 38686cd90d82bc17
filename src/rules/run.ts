import type { Diagnostic } from '../diagnostics.js';
import type { Locator } from '../load/source.js';
import type { FoundChange } from '../lifecycle/changes.js';
import type { StatementSource } from '../model/input.generated.js';
import type { TranslationLock } from '../translations/lock.js';
import { preview } from '../validate/describe.js';
import { indexInput } from './input-index.js';
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
}

/** Runs every rule over a schema-valid input and collects what they report. */
export function runRules(rules: readonly Rule[], input: StatementSource, options: RunOptions): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const index = indexInput(input);
  const locales = input.statement.locales;
  for (const rule of rules) {
    const ctx: RuleContext = {
      input,
      locales,
      authority: input.statement.authority,
      index,
      ...(options.changes ? { changes: options.changes } : {}),
      ...(options.translations ? { translations: options.translations } : {}),
      ...(options.formats ? { formats: options.formats } : {}),
      preview: (text) => preview(text, locales),
      report(finding) {
        diagnostics.push({
          rule: rule.meta.id,
          severity: finding.severity ?? rule.meta.severity,
          message: finding.message,
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
