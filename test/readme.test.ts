import { describe, expect, it } from 'vitest';
import { rules } from '../src/rules/index.js';
import { read } from './helpers.js';

const start = '<!-- rules-table: generated from src/rules/index.ts; test/readme.test.ts keeps it in sync -->';
const end = '<!-- /rules-table -->';

/** The README's table of rules, as the registry says it should be. */
export function rulesTable(): string {
  const rows = rules.map((r) => `| \`${r.meta.id}\` | ${r.meta.severity} | ${r.meta.references.join(', ')} | ${r.meta.summary.replace(/\|/g, '\\|')} |`);
  return ['| rule | default | provisions | what it checks |', '|---|---|---|---|', ...rows].join('\n');
}

describe('README', () => {
  it('lists every rule of the registry, as `privacy-statement rules` does', () => {
    const readme = read('README.md');
    const from = readme.indexOf(start);
    const to = readme.indexOf(end);
    expect(from, 'README has the rules table markers').toBeGreaterThan(0);
    expect(readme.slice(from + start.length, to).trim()).toBe(rulesTable());
  });
});
