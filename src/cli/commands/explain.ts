import { catalogue, type CatalogueEntry } from '../../rules/catalogue.js';
import { closest } from '../../validate/describe.js';
import { exitCodes, UsageError } from '../errors.js';
import { styleFor, type Style } from '../report/style.js';
import { cliLanguage, say } from '../lang.js';

export interface ExplainCommandOptions {
  format: 'text' | 'json';
}

/** Breaks prose into lines of at most `width` characters, for a terminal. */
function wrap(text: string, width = 96, indent = ''): string {
  const lines: string[] = [];
  let line = '';
  // "Art. 21(1)" stays on one line.
  for (const word of text.replace(/\b(Arts?\.) (?=\d)/g, '$1\u00a0').split(/[ \t\n]+/).map((w) => w.replace(/\u00a0/g, ' '))) {
    if (line && line.length + 1 + word.length > width - indent.length) {
      lines.push(indent + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(indent + line);
  return lines.join('\n');
}

const indentBlock = (text: string) => text.split('\n').map((l) => `    ${l}`).join('\n');

function formatExplanation(e: CatalogueEntry, style: Style): string {
  const severity = say(`cli.severity.${e.severity}`);
  const out = [`${style.bold(e.id)}  ${say('explain.by-default', { severity: e.severity === 'error' ? style.red(severity) : style.yellow(severity) })}`, '', wrap(e.summary)];
  if (e.references.length > 0) out.push('', say('explain.provisions', { references: e.references.join(' · ') }));
  if (e.rationale) out.push('', wrap(e.rationale));
  if (e.kind !== 'gdpr') out.push('', say(e.kind === 'input' ? 'explain.input-rule' : 'explain.command-rule'));
  if (e.examples) out.push('', style.bold(say('explain.passes')), '', indentBlock(e.examples.good), '', style.bold(say('explain.reported')), '', indentBlock(e.examples.bad));
  return out.join('\n') + '\n';
}

export async function runExplain(id: string, options: ExplainCommandOptions): Promise<number> {
  const entries = catalogue(cliLanguage());
  const entry = entries.find((e) => e.id === id);
  if (!entry) {
    const ids = entries.map((e) => e.id);
    const near = closest(id, ids);
    const guesses = [...new Set([...(near ? [near] : []), ...(id.length >= 4 ? ids.filter((known) => known.includes(id)) : [])])].slice(0, 3);
    throw new UsageError(
      guesses.length > 0 ? say('explain.unknown-rule-guess', { id, guesses: guesses.map((g) => `'${g}'`).join(` ${say('word.or')} `) }) : say('explain.unknown-rule', { id }),
    );
  }
  process.stdout.write(options.format === 'json' ? JSON.stringify(entry, null, 2) + '\n' : formatExplanation(entry, styleFor(process.stdout)));
  return exitCodes.ok;
}
