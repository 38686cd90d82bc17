import { catalogue, type CatalogueEntry } from '../../rules/catalogue.js';
import { exitCodes } from '../errors.js';
import { styleFor } from '../report/style.js';
import type { Style } from '../report/style.js';
import { cliLanguage, say } from '../lang.js';

export interface RulesCommandOptions {
  format: 'text' | 'json';
}


function formatRules(entries: CatalogueEntry[], style: Style): string {
  const idWidth = Math.max(...entries.map((e) => e.id.length));
  const out: string[] = [];
  for (const kind of ['gdpr', 'input', 'command'] as const) {
    const group = entries.filter((e) => e.kind === kind);
    out.push(style.bold(say(`rules.heading.${kind}`, { count: group.length })), '');
    const words = { error: say('cli.severity.error'), warning: say('cli.severity.warning') };
    const width = Math.max(words.error.length, words.warning.length);
    for (const e of group) {
      const severity = e.severity === 'error' ? style.red(words.error.padEnd(width)) : style.yellow(words.warning.padEnd(width));
      out.push(`  ${e.id.padEnd(idWidth)}  ${severity}  ${e.summary}`);
      if (e.references.length > 0) out.push(`  ${' '.repeat(idWidth)}  ${' '.repeat(width)}  ${style.dim(e.references.join(' · '))}`);
    }
    out.push('');
  }
  out.push(say('rules.footer'));
  return out.join('\n') + '\n';
}

export async function runRules(options: RulesCommandOptions): Promise<number> {
  const entries = catalogue(cliLanguage());
  if (options.format === 'json') {
    const rules = entries.map(({ id, kind, severity, references, summary }) => ({ id, kind, severity, references, summary }));
    process.stdout.write(JSON.stringify({ rules }, null, 2) + '\n');
  } else {
    process.stdout.write(formatRules(entries, styleFor(process.stdout)));
  }
  return exitCodes.ok;
}
