import type { ErrorObject } from 'ajv';
import type { Diagnostic } from '../diagnostics.js';
import type { Locator, Written } from '../load/source.js';
import { join, segments, valueAt } from '../load/pointer.js';
import validate from './validator.generated.js';
import { closest, describe } from './describe.js';
import { defs, descriptionOf, schemaAt } from './schema-index.js';
import { didYouMean, suggestDuration, suggestValue } from './suggest.js';

/** Rule ids of plain schema diagnostics (no GDPR rule behind them). */
export const schemaRules = {
  'empty-file': 'The file is empty or is not a mapping of keys.',
  'missing-field': 'A field the input format requires is missing.',
  'unknown-key': 'A key the input format does not know, usually a typo.',
  'wrong-type': 'A value of the wrong kind: text where a list is expected, and so on.',
  'invalid-value': 'A value outside the fixed set of allowed values.',
  'invalid-format': 'A value that does not have the required form (dates, durations, ids, e-mail addresses, URLs, country codes).',
  'invalid-size': 'An empty value, or a text or list longer than allowed.',
  'duplicate-item': 'The same value twice in a list that must not repeat.',
} as const;

function defName(schemaPath: string): string | undefined {
  return /^#\/\$defs\/([^/]+)\//.exec(schemaPath)?.[1];
}

const formatHints: Record<string, string> = {
  id: 'lower-case letters, digits and single hyphens, such as `call-recordings`',
  email: 'an e-mail address, such as `privacy@harmony.nl`',
  url: 'a web address starting with `https://`, such as `https://www.harmony.nl/privacy`',
  phone: 'a telephone number of digits, spaces and `+ - ( ) . /`, such as `+31 10 123 45 67`',
  date: 'a date written as YYYY-MM-DD, such as `2022-04-05`',
  duration: 'an ISO 8601 period such as `P180D` (180 days), `P4W` (4 weeks), `P6M` (6 months) or `P7Y` (7 years)',
  country: 'a two-letter ISO country code in capitals, such as `NL`, `BE` or `US`',
};

function kindOf(value: unknown): string {
  if (value === null) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a block of keys';
  if (typeof value === 'string') return `the text \`${clip(value)}\``;
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return `\`${value}\``;
  return 'something else';
}

function clip(s: string): string {
  const one = s.replace(/\s+/g, ' ');
  return one.length > 40 ? one.slice(0, 37) + '…' : one;
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function lowerFirst(s: string): string {
  return /^[A-Z][a-z]/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s;
}

function expectedType(types: string[], ptr: string, value: unknown): string {
  const t = [...types].sort().join(',');
  if (t === 'object,string') return 'a text, or a text per language such as `{ nl: …, en: … }`';
  if (t === 'array,object') return 'a list per language such as `{ nl: [naam, adres], en: [name, address] }`';
  if (t === 'array,string') return 'a country code such as `US`, or a list of them such as `[NL, US]`';
  if (t === 'string') return typeof value === 'number' || typeof value === 'boolean' ? 'text; put it in quotes, such as `"' + String(value) + '"`' : 'text';
  if (t === 'boolean') return '`true` or `false`';
  if (t === 'array') return 'a list' + (segments(ptr).at(-1) === 'locales' ? ', such as `[nl, en]`' : '');
  if (t === 'object') return 'a block of keys';
  if (t === 'integer' || t === 'number') return 'a number';
  return types.join(' or ');
}

interface Mapped {
  rule: string;
  path: string;
  at?: 'key' | 'value';
  message: string;
  /** A missing required key this diagnostic already explains (a misspelling of it). */
  replaces?: string;
}

/** `yes`, `no`, `on`, `off`, `y`, `n`: booleans in YAML 1.1, words in YAML 1.2 (and here). */
const yesNoWord = /^(?:(y|yes|on|true)|n|no|off|false)$/i;

/**
 * What YAML 1.1 habits make of a value where the schema wants `true`/`false` or text, in words
 * (after the field's name), or undefined. `written` is how the file writes the value.
 */
function yamlPitfall(types: string[], ptr: string, value: unknown, written: Written | undefined): string | undefined {
  if (types.length === 1 && types[0] === 'boolean' && typeof value === 'string') {
    const word = yesNoWord.exec(value.trim());
    if (!word) return undefined;
    const bool = value.trim().toLowerCase();
    if (bool === 'true' || bool === 'false') return `must be \`true\` or \`false\` without quotes, not the text \`${value}\`. Write \`${bool}\`.`;
    return `must be \`true\` or \`false\`, not the word \`${clip(value)}\` (a statement source reads \`yes\`, \`no\`, \`on\` and \`off\` as words). Write \`${word[1] ? 'true' : 'false'}\`.`;
  }
  if (!types.includes('string') || (typeof value !== 'number' && typeof value !== 'boolean')) return undefined;
  const source = written?.plain ? written.text : undefined;
  if (source !== undefined && source !== String(value)) {
    const zeros = /^[-+]?(0+)\d/.exec(source)?.[1]?.length ?? 0;
    const lost = zeros > 1 ? ': the leading zeros are lost' : zeros === 1 ? ': the leading zero is lost' : source.startsWith('+') ? ': the `+` is lost' : '';
    const as = typeof value === 'number' ? `the number ${String(value)}` : `\`${String(value)}\` (yes or no), not as text`;
    return `is written \`${clip(source)}\` without quotes, which YAML reads as ${as}${lost}. Put it in quotes: \`"${clip(source)}"\`.`;
  }
  const def = schemaAt(ptr).wrapper?.$ref?.replace('#/$defs/', '');
  if (typeof value === 'number' && (def === 'date' || def === 'duration')) return `must be ${formatHints[def]}, not ${kindOf(value)}.`;
  return undefined;
}

/** `2022-04-05 10:00` or `2022-04-05T10:00:00Z`: a date and a time of day. */
const dateTime = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[Tt]|[ \t]+)\d{1,2}:\d{2}/;

function mapError(error: ErrorObject, input: unknown, written?: (ptr: string) => Written | undefined): Mapped | undefined {
  const ptr = error.instancePath;
  const value = valueAt(input, ptr);
  const where = describe(input, ptr);
  const p = error.params as Record<string, unknown>;
  const tagged = (fallback: string, at = ptr): string => schemaAt(at).wrapper?.['x-gdpr-rule'] ?? fallback;

  switch (error.keyword) {
    case 'required': {
      const missing = String(p.missingProperty);
      const about = descriptionOf(join(ptr, missing));
      const owner = ptr === '' ? 'The file' : capitalize(where);
      return {
        rule: tagged('missing-field', join(ptr, missing)),
        path: ptr,
        at: 'key',
        message: `${owner} has no \`${missing}\`${about ? `: add ${lowerFirst(firstSentence(about))}` : '.'}`,
      };
    }
    case 'additionalProperties': {
      const key = String(p.additionalProperty);
      const { node } = schemaAt(ptr);
      const allowed = Object.keys(node?.properties ?? {});
      const keyPtr = join(ptr, key);
      if (/\s/.test(key.trim())) {
        return {
          rule: 'unknown-key',
          path: keyPtr,
          at: 'key',
          message: `\`${clip(key.trim())}\` is read as a key of ${ptr === '' ? 'the file' : where}, probably because a comma inside \`{ … }\` ends the text before it. Put texts that contain a comma or a colon in quotes, or write each language on its own line.`,
        };
      }
      if (node === defs.localizedText || node === defs.localizedList) {
        return { rule: 'unknown-key', path: keyPtr, at: 'key', message: `\`${key}\` in ${where} is not a language of this compiler: use \`nl\`, \`fr\` or \`en\`.` };
      }
      const guess = closest(key, allowed);
      const owner = ptr === '' ? 'at the top level of the file' : `in ${where}`;
      // A required key written wrongly is one mistake, not an unknown key and a missing one.
      const required = (node?.required as string[] | undefined) ?? [];
      if (guess && required.includes(guess) && value !== null && typeof value === 'object' && !Object.hasOwn(value, guess)) {
        return {
          rule: tagged('unknown-key', join(ptr, guess)),
          path: keyPtr,
          at: 'key',
          message: `Unknown key \`${key}\` ${owner}. ${didYouMean(guess)} Keys must be spelt exactly, and \`${guess}\` is required.`,
          replaces: guess,
        };
      }
      return {
        rule: 'unknown-key',
        path: keyPtr,
        at: 'key',
        message: guess
          ? `Unknown key \`${key}\` ${owner}. ${didYouMean(guess)}`
          : `Unknown key \`${key}\` ${owner}. The keys allowed here are: ${allowed.map((k) => `\`${k}\``).join(', ')}.`,
      };
    }
    case 'type': {
      const types = Array.isArray(p.type) ? (p.type as string[]) : String(p.type).split(',');
      if (segments(ptr).at(-1) === 'legalBasis' && Array.isArray(value)) {
        return {
          rule: tagged('wrong-type'),
          path: ptr,
          message: `${capitalize(where)} lists ${value.length} legal bases. A purpose has exactly one legal basis: split it into one purpose per basis, each saying what is done on that basis.`,
        };
      }
      if (value === null) {
        return { rule: tagged('wrong-type'), path: ptr, message: `${capitalize(where)} is empty; it must be ${expectedType(types, ptr, value)}.` };
      }
      const pitfall = yamlPitfall(types, ptr, value, written?.(ptr));
      if (pitfall) return { rule: tagged('wrong-type'), path: ptr, message: `${capitalize(where)} ${pitfall}` };
      return { rule: tagged('wrong-type'), path: ptr, message: `${capitalize(where)} must be ${expectedType(types, ptr, value)}, not ${kindOf(value)}.` };
    }
    case 'enum': {
      const allowed = (p.allowedValues as unknown[]).map(String);
      const guess = typeof value === 'string' ? suggestValue(value, allowed) : undefined;
      const is = `${capitalize(where)} is ${kindOf(value).replace(/^the text /, '')}`;
      if (guess) return { rule: tagged('invalid-value'), path: ptr, message: `${is}, which is not one of ${allowed.map((a) => `\`${a}\``).join(', ')}. ${didYouMean(guess)}` };
      // Without a likely typo, say what the values mean (`be-gba` says little to a reader who
      // has not read the input format), as the field's description in the schema does.
      const about = firstSentence(descriptionOf(ptr) ?? '');
      const explained = allowed.every((a) => about.includes(`\`${a}\``));
      return {
        rule: tagged('invalid-value'),
        path: ptr,
        message: explained ? `${is}, which is not allowed here. ${about}` : `${is}, which is not one of ${allowed.map((a) => `\`${a}\``).join(', ')}.`,
      };
    }
    case 'const':
      return { rule: tagged('invalid-value'), path: ptr, message: `${capitalize(where)} must be \`${String(p.allowedValue)}\`, not ${kindOf(value)}.` };
    case 'pattern': {
      const ref = schemaAt(ptr).wrapper?.$ref;
      const def = (ref ? ref.replace('#/$defs/', '') : defName(error.schemaPath)) ?? (segments(ptr).includes('country') ? 'country' : undefined);
      const hint = def && Object.hasOwn(formatHints, def) ? formatHints[def] : undefined;
      const about = descriptionOf(ptr);
      if (def === 'date' && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
        // Written in the right form, but no such day: say so, rather than repeat the form.
        return { rule: tagged('invalid-format'), path: ptr, message: `${capitalize(where)} is \`${value}\`, a day that does not exist; check the month (01 to 12) and the day of the month (YYYY-MM-DD).` };
      }
      const timed = def === 'date' && typeof value === 'string' ? dateTime.exec(value) : null;
      if (timed) {
        const day = `${timed[1]}-${timed[2]!.padStart(2, '0')}-${timed[3]!.padStart(2, '0')}`;
        return { rule: tagged('invalid-format'), path: ptr, message: `${capitalize(where)} is \`${clip(String(value))}\`, a date with a time of day; a date here is the day only, written YYYY-MM-DD: \`${day}\`.` };
      }
      const period = def === 'duration' && typeof value === 'string' ? suggestDuration(value) : undefined;
      return {
        rule: tagged('invalid-format'),
        path: ptr,
        message: `${capitalize(where)} is ${kindOf(value).replace(/^the text /, '')}; it must be ${hint ?? lowerFirst(firstSentence(about ?? 'in the documented form'))}.${period ? ` ${didYouMean(period)}` : ''}`,
      };
    }
    case 'minLength':
      return { rule: tagged('invalid-size'), path: ptr, message: `${capitalize(where)} is empty. Write the text, or leave the key out if it is optional.` };
    case 'maxLength':
      return { rule: tagged('invalid-size'), path: ptr, message: `${capitalize(where)} is too long: at most ${String(p.limit)} characters are allowed here.` };
    case 'minItems':
      return { rule: tagged('invalid-size'), path: ptr, message: `${capitalize(where)} is an empty list; it needs at least ${String(p.limit)} item${p.limit === 1 ? '' : 's'}.` };
    case 'maxItems':
      return { rule: tagged('invalid-size'), path: ptr, message: `${capitalize(where)} has too many items: at most ${String(p.limit)} are allowed.` };
    case 'minProperties':
      return { rule: tagged('invalid-size'), path: ptr, message: `${capitalize(where)} has no text in any language.` };
    case 'uniqueItems': {
      const i = Number(p.i);
      const j = Number(p.j);
      const item = Array.isArray(value) ? value[i] : undefined;
      return { rule: 'duplicate-item', path: join(ptr, i), message: `${capitalize(where)} lists ${kindOf(item).replace(/^the text /, '')} twice (items ${j + 1} and ${i + 1}). Remove one.` };
    }
    case 'if':
      return undefined; // the failing `then` branch is reported on its own
    default:
      return { rule: tagged('invalid-value'), path: ptr, message: `${capitalize(where)} ${error.message ?? 'is not valid'}.` };
  }
}

/** The first sentence of a description, for messages ("e.g." does not end one). */
function firstSentence(text: string): string {
  // Abbreviations end no sentence: "e.g.", "i.e.", "Art.", "Arts.", "art.", "para.", "No.".
  const m = /^(.*?(?<!\b(?:e\.g|i\.e|[Aa]rts?|para|[Nn]o))[.;])(\s|$)/.exec(text);
  return (m ? m[1]! : text).replace(/[.;]$/, '') + '.';
}

/** Names that objects inherit: harmless as keys in YAML, but they confuse generic JavaScript code. */
const inheritedNames = new Set(Object.getOwnPropertyNames(Object.prototype));

/**
 * Finds keys that shadow what every object inherits (`valueOf`, `toString`, `__proto__`…) and
 * returns a copy without them, so that no such key reaches generic code. The input format
 * has no field with these names: each is reported as an unknown key.
 */
function withoutInheritedNames(value: unknown, ptr = '', found: string[] = []): { clean: unknown; found: string[] } {
  if (Array.isArray(value)) return { clean: value.map((v, i) => withoutInheritedNames(v, `${ptr}/${i}`, found).clean), found };
  if (value === null || typeof value !== 'object') return { clean: value, found };
  const clean: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const child = `${ptr}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    if (inheritedNames.has(key)) found.push(child);
    else clean[key] = withoutInheritedNames((value as Record<string, unknown>)[key], child, found).clean;
  }
  return { clean, found };
}

export interface SchemaContext {
  file?: string;
  locator: Locator;
  /** How the file writes a value (`0123` for the number 123), for the mistakes YAML invites. */
  written?: (ptr: string) => Written | undefined;
  /** Rule id → its references, for schema errors reported under a GDPR rule. */
  referencesOf(rule: string): string[];
}

/** At most this many schema diagnostics per file: beyond, the file is usually not a statement. */
const maxDiagnostics = 100;

export function validateSchema(input: unknown, ctx: SchemaContext): Diagnostic[] {
  const base = (rule: string, path: string, message: string, at?: 'key' | 'value'): Diagnostic => ({
    rule,
    severity: 'error',
    message,
    ...(ctx.file !== undefined ? { file: ctx.file } : {}),
    ...(ctx.locator.position(path, at) ?? {}),
    path,
    references: ctx.referencesOf(rule),
  });
  if (input === null || input === undefined || (typeof input === 'string' && input.trim() === '')) {
    return [base('empty-file', '', 'The file is empty. A statement source starts with `format: privacy-statement/v1`, followed by `statement`, `controller` and the other sections of the input format.')];
  }
  if (typeof input !== 'object' || Array.isArray(input)) {
    return [base('empty-file', '', `The file holds ${kindOf(input)}, but a statement source is a block of keys: \`format\`, \`statement\`, \`controller\` and so on.`)];
  }
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  const { clean, found } = withoutInheritedNames(input);
  for (const path of found) {
    const key = segments(path).at(-1)!;
    const owner = describe(input, path.slice(0, path.lastIndexOf('/')));
    out.push(base('unknown-key', path, `Unknown key \`${key}\` ${path.lastIndexOf('/') === 0 ? 'at the top level of the file' : `in ${owner}`}. The input format has no field of that name: remove it.`, 'key'));
  }
  input = clean;
  if (validate(input) && out.length === 0) return [];
  const errors = validate.errors ?? [];
  // A value of the wrong kind makes its other errors (allowed values, form) noise.
  const wrongType = new Set(errors.filter((e) => e.keyword === 'type').map((e) => e.instancePath));
  const mappedErrors = errors
    .filter((error) => error.keyword === 'type' || !wrongType.has(error.instancePath))
    .map((error) => ({ error, mapped: mapError(error, input, ctx.written) }));
  const explained = new Set(mappedErrors.flatMap(({ error, mapped }) => (mapped?.replaces ? [`${error.instancePath}/${mapped.replaces}`] : [])));
  for (const { error, mapped } of mappedErrors) {
    if (!mapped) continue;
    if (error.keyword === 'required' && explained.has(`${error.instancePath}/${String((error.params as { missingProperty?: unknown }).missingProperty)}`)) continue;
    const key = mapped.path + '\u0000' + mapped.message;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(base(mapped.rule, mapped.path, mapped.message, mapped.at));
  }
  if (out.length > maxDiagnostics) {
    const rest = out.length - maxDiagnostics;
    out.length = maxDiagnostics;
    out.push(base('invalid-value', '', `…and ${rest} more problems of the same kinds. Fix the ones above first: is this file a privacy statement source?`));
  }
  return out;
}
