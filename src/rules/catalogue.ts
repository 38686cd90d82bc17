import fr from '../../locales/rules/fr.json' with { type: 'json' };
import nl from '../../locales/rules/nl.json' with { type: 'json' };
import type { Severity } from '../diagnostics.js';
import type { MessageLanguage } from '../messages/index.js';
import { schemaRules } from '../validate/schema.js';
import { rules } from './index.js';
import type { RuleMeta } from './types.js';

/**
 * Every rule id a diagnostic can carry: the GDPR rules of the registry, the schema's rules,
 * and the few that reading a file or running the command can report.
 */
export interface CatalogueEntry {
  id: string;
  /** `gdpr`: a rule of src/rules; `input`: the file's syntax or the input format; `command`: how the command was used. */
  kind: 'gdpr' | 'input' | 'command';
  severity: Severity;
  references: string[];
  summary: string;
  rationale?: string;
  examples?: RuleMeta['examples'];
}

const inputRules: Record<string, { summary: string; severity?: Severity }> = {
  'syntax-error': { summary: 'The file is not valid YAML or JSON; the message gives the first place where reading failed.' },
  'syntax-warning': { summary: 'Something YAML allows but that is probably not what was meant, such as a tab or an unusual tag.', severity: 'warning' },
  'duplicate-key': { summary: 'The same key twice in one block: only one of the values could be meant.' },
  'input-too-large': { summary: 'The file is larger than a statement source can be.' },
  'nesting-too-deep': { summary: 'The file is nested far deeper than a statement source needs, usually an indentation mistake.' },
  'alias-limit': { summary: 'The file uses more YAML aliases than a statement needs (an alias bomb would expand without bound).' },
  'alias-cycle': { summary: 'A YAML alias (`*name`) inside the very value its anchor (`&name`) marks: the value would contain itself without end.' },
  'unknown-tag': { summary: 'A YAML tag the statement format does not read (`!!timestamp`, `!include`…), or a core tag on a value it does not fit.' },
  'invalid-encoding': { summary: 'The file is not UTF-8 text: a byte that is not part of any character, usually from a file saved as Latin-1 or UTF-16.' },
  'circular-value': { summary: 'An object given to the library contains itself, so it has no end.' },
  'translations-lock-invalid': { summary: 'The translations lock file beside the statement (`<statement>.translations.json`) cannot be read: not JSON, a merge conflict, or not a lock file.' },
  ...Object.fromEntries(Object.entries(schemaRules).map(([id, summary]) => [id, { summary }])),
};

const commandRules: Record<string, string> = {
  'locale-not-available': 'A language was requested that the statement is not written in.',
  'invalid-option': 'An option given to the library (`check()`, `compile()`) is not one it knows the value of: an unknown format, HTML mode, PDF standard or language, or a value of the wrong kind.',
  'archive-version-exists': 'The archive already holds another version under the same `lastAmended` date: an archived version is never overwritten.',
  'xliff-invalid': 'The XLIFF file given to `translations --import` cannot be imported: not well-formed XML, not XLIFF 1.2, or for other languages than the statement; nothing was written.',
  'xliff-unit-refused': 'A unit of the XLIFF file given to `translations --import` no longer fits the statement (its source text changed since the export, its text no longer exists, or its translation breaks the input format); nothing was written.',
  'duplicate-statement-id': 'Two statements built together have the same `statement.id`, so their output files would overwrite each other.',
};

/**
 * Each rule's summary and rationale in Dutch and French (locales/rules/<lang>.json, by rule id;
 * test/rules/registry.test.ts keeps them complete). The English is the rule's own meta.
 */
const written: Record<Exclude<MessageLanguage, 'en'>, Record<string, { summary: string; rationale?: string }>> = { nl, fr };

/** Every rule, with its summary and rationale in `lang`. */
export function catalogue(lang: MessageLanguage = 'en'): CatalogueEntry[] {
  const entries = english();
  if (lang === 'en') return entries;
  return entries.map((e) => {
    const doc = written[lang][e.id];
    if (!doc) return e;
    return { ...e, summary: doc.summary, ...(e.rationale !== undefined && doc.rationale !== undefined ? { rationale: doc.rationale } : {}) };
  });
}

function english(): CatalogueEntry[] {
  return [
    ...rules.map((r): CatalogueEntry => ({ id: r.meta.id, kind: 'gdpr', severity: r.meta.severity, references: r.meta.references, summary: r.meta.summary, rationale: r.meta.rationale, examples: r.meta.examples })),
    ...Object.entries(inputRules).map(([id, r]): CatalogueEntry => ({ id, kind: 'input', severity: r.severity ?? 'error', references: [], summary: r.summary })),
    ...Object.entries(commandRules).map(([id, summary]): CatalogueEntry => ({ id, kind: 'command', severity: 'error', references: [], summary })),
  ];
}
