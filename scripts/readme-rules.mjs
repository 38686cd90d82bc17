// Rewrites the README's rules table from the rule registry of the built library (npm run build
// first). test/readme.test.ts checks that the table and the registry agree.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { rules } = await import(join(root, 'lib/index.js'));
const start = '<!-- rules-table: generated from src/rules/index.ts; test/readme.test.ts keeps it in sync -->';
const end = '<!-- /rules-table -->';
const rows = rules.map((r) => `| \`${r.meta.id}\` | ${r.meta.severity} | ${r.meta.references.join(', ')} | ${r.meta.summary.replace(/\|/g, '\\|')} |`);
const table = ['| rule | default | provisions | what it checks |', '|---|---|---|---|', ...rows].join('\n');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
if (readme.indexOf(start) < 0 || readme.indexOf(end) < readme.indexOf(start)) throw new Error(`README.md: the rules table's markers are missing or out of order:\n${start}\n${end}`);
writeFileSync(join(root, 'README.md'), readme.slice(0, readme.indexOf(start) + start.length) + '\n' + table + '\n' + readme.slice(readme.indexOf(end)));
console.log(`README: ${rules.length} rules`);
