import type { Diagnostic } from './diagnostics.js';
import { formats as knownFormats } from './writers/index.js';

/**
 * The options of `check()` and `compile()`, checked before anything else as the input is: each
 * mistake is a diagnostic (rule `invalid-option`) that names the option and says what it may
 * be, never a TypeError or a hang. Lists are judged by their length before any item is read, so
 * that a sparse array of 2³²−1 places costs nothing; a property that throws when read is a
 * mistake like the others.
 */
const locales = ['nl', 'fr', 'en'] as const;
const htmlModes = ['document', 'fragment'] as const;
const pdfStandards = ['pdf-ua', 'pdf-a-2a'] as const;
const markdownFlavours = ['commonmark', 'mdx'] as const;
/** An id prefix as `build --id-prefix` takes it: it goes into ids and links of the HTML as it is. */
const idPrefixPattern = /^[A-Za-z][\w-]*$/;

type Kind = 'check' | 'compile';

const quoted = (values: readonly string[]) => values.map((v) => `\`${v}\``).join(', ');

function describeValue(value: unknown): string {
  if (value === null) return '`null`';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `\`${JSON.stringify(value).slice(1, -1).slice(0, 40)}\``;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return `\`${String(value)}\``;
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

export function checkOptions(options: unknown, kind: Kind): Diagnostic[] {
  const problems: Diagnostic[] = [];
  const problem = (option: string, message: string): void => {
    problems.push({ rule: 'invalid-option', severity: 'error', message: `Option \`${option}\` of ${kind}(): ${message}`, path: '', references: [] });
  };
  if (options === undefined) return problems;
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    problems.push({ rule: 'invalid-option', severity: 'error', message: `The options of ${kind}() are ${describeValue(options)}; give an object, such as \`{ file: 'statement.yaml' }\`, or leave them out.`, path: '', references: [] });
    return problems;
  }
  const read = (name: string): { value: unknown } | undefined => {
    try {
      return { value: (options as Record<string, unknown>)[name] };
    } catch (error) {
      problem(name, `could not be read (${error instanceof Error ? error.message : String(error)}); pass plain values.`);
      return undefined;
    }
  };
  const text = (name: string): void => {
    const got = read(name);
    if (got && got.value !== undefined && typeof got.value !== 'string') problem(name, `is ${describeValue(got.value)}; give a text (a string), or leave it out.`);
  };
  const oneOf = (name: string, allowed: readonly string[]): void => {
    const got = read(name);
    if (got && got.value !== undefined && !(typeof got.value === 'string' && allowed.includes(got.value))) problem(name, `is ${describeValue(got.value)}, which is not one of ${quoted(allowed)}.`);
  };
  const list = (name: string, allowed: readonly string[], what: string): void => {
    const got = read(name);
    if (!got || got.value === undefined) return;
    const value = got.value;
    if (!Array.isArray(value)) {
      problem(name, `is ${describeValue(value)}; give a list of ${what}, such as \`[${allowed.slice(0, 2).map((a) => `'${a}'`).join(', ')}]\`, or leave it out for all of them.`);
      return;
    }
    // The length first: a list longer than the choices has a place too many, whatever it holds.
    if (value.length > allowed.length) {
      problem(name, `has ${value.length} places, and there are only ${allowed.length} ${what} to choose from (${quoted(allowed)}).`);
      return;
    }
    if (value.length === 0) {
      problem(name, `is an empty list, which asks for nothing; leave it out for all ${what}, or name some of ${quoted(allowed)}.`);
      return;
    }
    const seen = new Set<string>();
    for (let i = 0; i < value.length; i++) {
      if (!(i in value)) {
        problem(name, `has an empty place at position ${i + 1}; give a list without holes.`);
        return;
      }
      const item: unknown = value[i];
      if (typeof item !== 'string' || !allowed.includes(item)) {
        problem(name, `has ${describeValue(item)} at position ${i + 1}, which is not one of ${quoted(allowed)}.`);
        return;
      }
      if (seen.has(item)) {
        problem(name, `lists \`${item}\` twice.`);
        return;
      }
      seen.add(item);
    }
  };
  const flag = (name: string): void => {
    const got = read(name);
    if (got && got.value !== undefined && typeof got.value !== 'boolean') problem(name, `is ${describeValue(got.value)}; give \`true\` or \`false\`, or leave it out.`);
  };
  const textOrObject = (name: string): void => {
    const got = read(name);
    if (got && got.value !== undefined && (got.value === null || (typeof got.value !== 'string' && typeof got.value !== 'object'))) problem(name, `is ${describeValue(got.value)}; give the text of the file, or the object it holds.`);
  };

  text('file');
  flag('strict');
  textOrObject('translations');
  text('translationsFile');
  // check() takes the formats too: the rules about what one format needs or cannot show use them.
  list('formats', knownFormats, 'formats');
  if (kind === 'compile') {
    list('locales', locales, 'languages');
    oneOf('html', htmlModes);
    oneOf('pdfStandard', pdfStandards);
    textOrObject('changesSince');
    text('changesSinceFile');
    const level = read('headingLevel');
    if (level && level.value !== undefined && !(typeof level.value === 'number' && Number.isInteger(level.value) && level.value >= 1 && level.value <= 5)) {
      problem('headingLevel', `is ${describeValue(level.value)}; give a whole number from 1 to 5, or leave it out for 1.`);
    }
    const prefix = read('idPrefix');
    if (prefix && prefix.value !== undefined && !(typeof prefix.value === 'string' && idPrefixPattern.test(prefix.value))) {
      problem('idPrefix', `is ${describeValue(prefix.value)}; give a text that starts with a letter and holds letters, digits, \`-\` and \`_\` only (such as \`'harmony-'\`), or leave it out.`);
    }
    flag('toc');
    oneOf('markdown', markdownFlavours);
  }
  return problems;
}
