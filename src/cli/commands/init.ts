import { existsSync } from 'node:fs';
import { readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMap, isScalar, isSeq, parseDocument, visit, type Document } from 'yaml';
import { analyze } from '../../compile.js';
import type { Locale } from '../../model/input.generated.js';
import { UsageError } from '../errors.js';
import { DirectoryError, describeCode, makeDirectories } from '../directories.js';
import { say } from '../lang.js';

export const initTemplates = ['nl-insurer', 'be-insurer', 'intermediary'] as const;
export type InitTemplate = (typeof initTemplates)[number];

const defaultLocales: Record<InitTemplate, Locale[]> = { 'nl-insurer': ['nl'], 'be-insurer': ['nl', 'fr'], intermediary: ['nl'] };
const allLocales: Locale[] = ['nl', 'fr', 'en'];

export interface InitOptions {
  template: InitTemplate;
  locales?: Locale[];
  id?: string;
}

/** The package's own folder: templates and the schema are found from the running code. */
function packageRoot(): string {
  const entry = (globalThis as { __privacyStatementEntry?: string }).__privacyStatementEntry;
  for (let dir = entry ? dirname(entry) : dirname(fileURLToPath(import.meta.url)); dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(join(dir, 'templates', 'init')) && existsSync(join(dir, 'schemas'))) return dir;
  }
  throw new Error('the starting statements (templates/init) are not installed with the command line');
}

/** Keeps only the chosen languages in every text of the statement (`{ nl: …, fr: …, en: … }` maps). */
function keepLocales(doc: Document, locales: Locale[]): void {
  visit(doc, {
    Map(_key, node) {
      const keys = node.items.map((p) => (isScalar(p.key) ? String(p.key.value) : ''));
      if (keys.length === 0 || !keys.every((k) => (allLocales as string[]).includes(k))) return undefined;
      node.items = node.items.filter((p) => locales.includes(String((p.key as { value: unknown }).value) as Locale));
      return undefined;
    },
  });
  const statement = doc.get('statement', true);
  if (isMap(statement)) {
    const list = statement.get('locales', true);
    if (isSeq(list)) list.items = locales.map((l) => doc.createNode(l));
  }
}

/**
 * `privacy-statement init [dir]`: writes `<dir>/statement.yaml`, a commented starting statement
 * that `check` accepts with warnings only, each saying what to fill in. Never overwrites.
 */
export async function runInit(dirArg: string, options: InitOptions): Promise<number> {
  const dir = resolve(dirArg);
  const target = join(dir, 'statement.yaml');
  const shown = relative(process.cwd(), target) || target;
  if (existsSync(target)) throw new UsageError(say('init.exists', { file: shown }));
  const existing = await stat(dir).catch(() => undefined);
  if (existing && !existing.isDirectory()) throw new UsageError(say('init.not-a-directory', { dir: dirArg }));
  const locales = options.locales ?? defaultLocales[options.template];
  const root = packageRoot();
  const doc = parseDocument(await readFile(join(root, 'templates', 'init', `${options.template}.yaml`), 'utf8'));
  keepLocales(doc, locales);
  const id = options.id ?? (basename(dir).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || undefined);
  if (id !== undefined && !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) throw new UsageError(say('init.bad-id', { id }));
  if (id) doc.setIn(['statement', 'id'], id);
  // Today, in the machine's own calendar: the version the legal team starts from.
  const now = new Date();
  const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  doc.setIn(['statement', 'lastAmended'], today);
  const schema = relative(dir, join(root, 'schemas', 'privacy-statement.schema.json')).split('\\').join('/');
  const text = `# yaml-language-server: $schema=${schema}\n${doc.toString({ lineWidth: 0 })}`;
  // A starting statement the compiler itself would refuse is a bug in the templates, not the user's.
  const check = analyze(text);
  const errors = check.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) throw new Error(`the ${options.template} starting statement has errors: ${errors.map((e) => e.message).join(' ')}`);
  // Level by level (makeDirectories): Node's recursive mkdir never returns on a path such as /proc/1/x.
  await makeDirectories(dir).catch((error: unknown) => {
    throw new UsageError(say('init.cannot-create', { dir: dirArg, reason: error instanceof DirectoryError ? error.message : describeCode(error) }));
  });
  const tmp = `${target}.${process.pid}.tmp`;
  try {
    await writeFile(tmp, text, { flag: 'wx' });
    // Another process may have written the file meanwhile: never replace it.
    if (existsSync(target)) throw new UsageError(say('init.exists-now', { file: shown }));
    await rename(tmp, target);
  } catch (error) {
    await unlink(tmp).catch(() => undefined);
    if (error instanceof UsageError) throw error;
    throw new UsageError(say('init.cannot-write', { file: shown, reason: describeCode(error) }));
  }
  const todo = check.diagnostics.filter((d) => d.rule === 'placeholder-text').length;
  process.stdout.write(`✔ ${say('init.wrote', { file: shown, template: options.template, locales: locales.join(', '), count: todo })}\n`);
  return 0;
}
