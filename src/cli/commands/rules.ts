import { catalogue, type CatalogueEntry } from '../../rules/catalogue.js';
import { exitCodes } from '../errors.js';
import { styleFor } from '../report/style.js';
import type { Style } from '../report/style.js';

export interface RulesCommandOptions {
  format: 'text' | 'json';
}

const headings: Record<CatalogueEntry['kind'], string> = {
  gdpr: 'GDPR rules',
  input: 'Input rules (syntax and the input format)',
  command: 'Command rules',
};

function formatRules(entries: CatalogueEntry[], style: Style): string {
  const width = Math.max(...entries.map((e) => e.id.length));
  const out: string[] = [];
  for (const kind of ['gdpr', 'input', 'command'] as const) {
    const group = entries.filter((e) => e.kind === kind);
    out.push(style.bold(`${headings[kind]} (${group.length})`), '');
    for (const e of group) {
      const severity = e.severity === 'error' ? style.red('error  ') : style.yellow('warning');
      out.push(`  ${e.id.padEnd(width)}  ${severity}  ${e.summary}`);
      if (e.references.length > 0) out.push(`  ${' '.repeat(width)}           ${style.dim(e.references.join(' · '))}`);
    }
    out.push('');
  }
  out.push('Run `privacy-statement explain <rule>` for the reasons behind a rule and examples.');
  return out.join('\n') + '\n';
}

export async function runRules(options: RulesCommandOptions): Promise<number> {
  const entries = catalogue();
  if (options.format === 'json') {
    const rules = entries.map(({ id, kind, severity, references, summary }) => ({ id, kind, severity, references, summary }));
    process.stdout.write(JSON.stringify({ rules }, null, 2) + '\n');
  } else {
    process.stdout.write(formatRules(entries, styleFor(process.stdout)));
  }
  return exitCodes.ok;
}
