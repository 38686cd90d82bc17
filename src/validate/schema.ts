import type { ErrorObject } from 'ajv';
import type { Diagnostic } from '../diagnostics.js';
import type { Locator, Written } from '../load/source.js';
import { join, segments, valueAt } from '../load/pointer.js';
import { hasMessage, messageFrom, messagesIn, type Message, type MessageId, type MessageLanguage, type MessageValues, type Say } from '../messages/index.js';
import validate from './validator.generated.js';
import { closest, describe } from './describe.js';
import { defs, schemaAt } from './schema-index.js';
import { suggestDuration, suggestValue } from './suggest.js';

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

/** The forms with a catalogue text saying how to write them (`schema.format.<form>`). */
const forms = {
  id: 'schema.format.id',
  email: 'schema.format.email',
  url: 'schema.format.url',
  phone: 'schema.format.phone',
  date: 'schema.format.date',
  duration: 'schema.format.duration',
  country: 'schema.format.country',
  registration: 'schema.format.registration',
} as const satisfies Record<string, MessageId>;

function formOf(def: string | undefined): MessageId | undefined {
  return def !== undefined && Object.hasOwn(forms, def) ? forms[def as keyof typeof forms] : undefined;
}

/** A value in a message: `the text \`…\``, `a list`… With `bare`, a text is just its quoted self. */
function kindOf(say: Say, value: unknown, bare = false): string {
  if (value === null) return say('schema.kind.empty');
  if (Array.isArray(value)) return say('schema.kind.list');
  if (typeof value === 'object') return say('schema.kind.block');
  if (typeof value === 'string') return bare ? `\`${clip(value)}\`` : say('schema.kind.text', { text: clip(value) });
  if (typeof value === 'number') return say('schema.kind.number', { number: String(value) });
  if (typeof value === 'boolean') return `\`${value}\``;
  return say('schema.kind.other');
}

function clip(s: string): string {
  const one = s.replace(/\s+/g, ' ');
  return one.length > 40 ? one.slice(0, 37) + '…' : one;
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** What one JSON Schema type asks for, in words. */
const typeWords: Record<string, MessageId> = {
  string: 'schema.expect.text',
  boolean: 'schema.expect.boolean',
  array: 'schema.expect.list',
  object: 'schema.expect.block',
  integer: 'schema.expect.number',
  number: 'schema.expect.number',
};

function expectedType(say: Say, types: string[], ptr: string, value: unknown): string {
  const t = [...types].sort().join(',');
  if (t === 'object,string') return say('schema.expect.localized-text');
  if (t === 'array,object') return say('schema.expect.localized-list');
  if (t === 'array,string') return say('schema.expect.countries');
  if (t === 'string') return typeof value === 'number' || typeof value === 'boolean' ? say('schema.expect.text-quoted', { value: String(value) }) : say('schema.expect.text');
  if (t === 'array' && segments(ptr).at(-1) === 'locales') return say('schema.expect.locales');
  return types.map((type) => (Object.hasOwn(typeWords, type) ? say(typeWords[type]!) : type)).join(` ${say('word.or')} `);
}

interface Mapped {
  rule: string;
  path: string;
  at?: 'key' | 'value';
  message: Message;
  /** A missing required key this diagnostic already explains (a misspelling of it). */
  replaces?: string;
}

/** `yes`, `no`, `on`, `off`, `y`, `n`: booleans in YAML 1.1, words in YAML 1.2 (and here). */
const yesNoWord = /^(?:(y|yes|on|true)|n|no|off|false)$/i;

/**
 * What YAML 1.1 habits make of a value where the schema wants `true`/`false` or text, as a
 * message about `field`, or undefined. `written` is how the file writes the value.
 */
function yamlPitfall(say: Say, field: string, types: string[], ptr: string, value: unknown, written: Written | undefined): Message | undefined {
  const message = (id: MessageId, values: MessageValues): Message => ({ id, text: say(id, { field, ...values }) });
  if (types.length === 1 && types[0] === 'boolean' && typeof value === 'string') {
    const word = yesNoWord.exec(value.trim());
    if (!word) return undefined;
    const bool = value.trim().toLowerCase();
    if (bool === 'true' || bool === 'false') return message('schema.pitfall.quoted-boolean', { value, bool });
    return message('schema.pitfall.yes-no', { value: clip(value), bool: word[1] ? 'true' : 'false' });
  }
  if (!types.includes('string') || (typeof value !== 'number' && typeof value !== 'boolean')) return undefined;
  const source = written?.plain ? written.text : undefined;
  if (source !== undefined && source !== String(value)) {
    const zeros = /^[-+]?(0+)\d/.exec(source)?.[1]?.length ?? 0;
    const lost = zeros > 0 ? say('schema.pitfall.lost-zeros', { count: zeros }) : source.startsWith('+') ? say('schema.pitfall.lost-plus') : '';
    const as = typeof value === 'number' ? say('schema.kind.number', { number: String(value) }) : say('schema.pitfall.as-boolean', { value: String(value) });
    return message('schema.pitfall.unquoted', { source: clip(source), as, lost });
  }
  const def = schemaAt(ptr).wrapper?.$ref?.replace('#/$defs/', '');
  if (typeof value === 'number' && (def === 'date' || def === 'duration')) return message('schema.must-be', { expected: say(forms[def]), kind: kindOf(say, value) });
  return undefined;
}

/** `2022-04-05 10:00` or `2022-04-05T10:00:00Z`: a date and a time of day. */
const dateTime = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[Tt]|[ \t]+)\d{1,2}:\d{2}/;

/**
 * The catalogue id of what a field holds, in a few words for "add …" (`schema.about.<field>`):
 * `controller.name`, `purposes.legalBasis`, `address.city` (an address wherever it is).
 * `kind` is `about` for fields, `values` for what the allowed values of a field mean.
 */
function fieldId(kind: 'about' | 'values', ptr: string): MessageId | undefined {
  const segs = segments(ptr).filter((s) => !/^\d+$/.test(s));
  const owner = ptr.slice(0, ptr.lastIndexOf('/'));
  const key = schemaAt(owner).node === defs.address ? `address.${segs.at(-1)}` : segs.join('.');
  const id = kind === 'about' ? `schema.about.${key}` : `schema.values.${key}`;
  return hasMessage(id) ? (id as MessageId) : undefined;
}

function mapError(say: Say, error: ErrorObject, input: unknown, written?: (ptr: string) => Written | undefined): Mapped | undefined {
  const ptr = error.instancePath;
  const value = valueAt(input, ptr);
  const where = describe(input, ptr, say);
  const field = capitalize(where);
  const p = error.params as Record<string, unknown>;
  const tagged = (fallback: string, at = ptr): string => schemaAt(at).wrapper?.['x-gdpr-rule'] ?? fallback;
  const message = (id: MessageId, values: MessageValues = {}, then?: string): Message => ({ id, text: say(id, { field, ...values }) + (then ? ` ${then}` : '') });
  const didYouMean = (suggestion: string): string => say('schema.did-you-mean', { suggestion });
  const list = (values: string[]): string => values.map((v) => `\`${v}\``).join(', ');

  switch (error.keyword) {
    case 'required': {
      const missing = String(p.missingProperty);
      const about = fieldId('about', join(ptr, missing));
      return {
        rule: tagged('missing-field', join(ptr, missing)),
        path: ptr,
        at: 'key',
        message: about ? message('schema.missing-about', { key: missing, about: say(about) }) : message('schema.missing', { key: missing }),
      };
    }
    case 'additionalProperties': {
      const key = String(p.additionalProperty);
      const { node } = schemaAt(ptr);
      const allowed = Object.keys(node?.properties ?? {});
      const keyPtr = join(ptr, key);
      if (/\s/.test(key.trim())) {
        return { rule: 'unknown-key', path: keyPtr, at: 'key', message: message('schema.unknown-key.comma', { key: clip(key.trim()), where }) };
      }
      if (node === defs.localizedText || node === defs.localizedList) {
        return { rule: 'unknown-key', path: keyPtr, at: 'key', message: message('schema.unknown-key.language', { key, where }) };
      }
      const guess = closest(key, allowed);
      const owner = ptr === '' ? say('schema.owner.top') : say('schema.owner.in', { where });
      // A required key written wrongly is one mistake, not an unknown key and a missing one.
      const required = (node?.required as string[] | undefined) ?? [];
      if (guess && required.includes(guess) && value !== null && typeof value === 'object' && !Object.hasOwn(value, guess)) {
        return {
          rule: tagged('unknown-key', join(ptr, guess)),
          path: keyPtr,
          at: 'key',
          message: message('schema.unknown-key.required', { key, owner, guess, didYouMean: didYouMean(guess) }),
          replaces: guess,
        };
      }
      return {
        rule: 'unknown-key',
        path: keyPtr,
        at: 'key',
        message: guess ? message('schema.unknown-key', { key, owner }, didYouMean(guess)) : message('schema.unknown-key.allowed', { key, owner, allowed: list(allowed) }),
      };
    }
    case 'type': {
      const types = Array.isArray(p.type) ? (p.type as string[]) : String(p.type).split(',');
      if (segments(ptr).at(-1) === 'legalBasis' && Array.isArray(value)) {
        return { rule: tagged('wrong-type'), path: ptr, message: message('schema.legal-bases', { count: value.length }) };
      }
      if (value === null) {
        return { rule: tagged('wrong-type'), path: ptr, message: message('schema.empty-value', { expected: expectedType(say, types, ptr, value) }) };
      }
      const pitfall = yamlPitfall(say, field, types, ptr, value, written?.(ptr));
      if (pitfall) return { rule: tagged('wrong-type'), path: ptr, message: pitfall };
      return { rule: tagged('wrong-type'), path: ptr, message: message('schema.must-be', { expected: expectedType(say, types, ptr, value), kind: kindOf(say, value) }) };
    }
    case 'enum': {
      const allowed = (p.allowedValues as unknown[]).map(String);
      const guess = typeof value === 'string' ? suggestValue(value, allowed) : undefined;
      const is = kindOf(say, value, true);
      if (guess) return { rule: tagged('invalid-value'), path: ptr, message: message('schema.not-one-of', { value: is, allowed: list(allowed) }, didYouMean(guess)) };
      // Without a likely typo, say what the values mean (`be-gba` says little to a reader who
      // has not read the input format), as the field's description in the schema does.
      const meaning = fieldId('values', ptr);
      return {
        rule: tagged('invalid-value'),
        path: ptr,
        message: meaning ? message('schema.not-allowed', { value: is, meaning: say(meaning) }) : message('schema.not-one-of', { value: is, allowed: list(allowed) }),
      };
    }
    case 'const':
      return { rule: tagged('invalid-value'), path: ptr, message: message('schema.must-be', { expected: `\`${String(p.allowedValue)}\``, kind: kindOf(say, value) }) };
    case 'pattern': {
      const ref = schemaAt(ptr).wrapper?.$ref;
      const def = (ref ? ref.replace('#/$defs/', '') : defName(error.schemaPath)) ?? (segments(ptr).includes('country') ? 'country' : segments(ptr).at(-2) === 'registration' ? 'registration' : undefined);
      if (def === 'date' && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
        // Written in the right form, but no such day: say so, rather than repeat the form.
        return { rule: tagged('invalid-format'), path: ptr, message: message('schema.date.no-such-day', { value }) };
      }
      const timed = def === 'date' && typeof value === 'string' ? dateTime.exec(value) : null;
      if (timed) {
        const day = `${timed[1]}-${timed[2]!.padStart(2, '0')}-${timed[3]!.padStart(2, '0')}`;
        return { rule: tagged('invalid-format'), path: ptr, message: message('schema.date.with-time', { value: clip(String(value)), day }) };
      }
      const period = def === 'duration' && typeof value === 'string' ? suggestDuration(value) : undefined;
      const form = formOf(def);
      return {
        rule: tagged('invalid-format'),
        path: ptr,
        message: message('schema.wrong-form', { value: kindOf(say, value, true), form: say(form ?? 'schema.format.other') }, period ? didYouMean(period) : undefined),
      };
    }
    case 'minLength':
      return { rule: tagged('invalid-size'), path: ptr, message: message('schema.empty-text') };
    case 'maxLength':
      return { rule: tagged('invalid-size'), path: ptr, message: message('schema.too-long', { count: Number(p.limit) }) };
    case 'minItems':
      return { rule: tagged('invalid-size'), path: ptr, message: message('schema.empty-list', { count: Number(p.limit) }) };
    case 'maxItems':
      return { rule: tagged('invalid-size'), path: ptr, message: message('schema.too-many-items', { count: Number(p.limit) }) };
    case 'minProperties':
      return { rule: tagged('invalid-size'), path: ptr, message: message('schema.no-language') };
    case 'uniqueItems': {
      const i = Number(p.i);
      const j = Number(p.j);
      const item = Array.isArray(value) ? value[i] : undefined;
      return { rule: 'duplicate-item', path: join(ptr, i), message: message('schema.duplicate-item', { value: kindOf(say, item, true), first: j + 1, second: i + 1 }) };
    }
    case 'if':
      return undefined; // the failing `then` branch is reported on its own
    default:
      return { rule: tagged('invalid-value'), path: ptr, message: message('schema.not-valid', { condition: error.keyword }) };
  }
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
  /** The language of the messages (default English). */
  lang?: MessageLanguage;
}

/** At most this many schema diagnostics per file: beyond, the file is usually not a statement. */
const maxDiagnostics = 100;

export function validateSchema(input: unknown, ctx: SchemaContext): Diagnostic[] {
  const say = messagesIn(ctx.lang);
  const base = (rule: string, path: string, message: Message, at?: 'key' | 'value'): Diagnostic => ({
    rule,
    severity: 'error',
    message: message.text,
    messageId: message.id,
    ...(ctx.file !== undefined ? { file: ctx.file } : {}),
    ...(ctx.locator.position(path, at) ?? {}),
    path,
    references: ctx.referencesOf(rule),
  });
  const message = (id: MessageId, values?: MessageValues): Message => messageFrom(say, id, values);
  if (input === null || input === undefined || (typeof input === 'string' && input.trim() === '')) {
    return [base('empty-file', '', message('schema.empty-file'))];
  }
  if (typeof input !== 'object' || Array.isArray(input)) {
    return [base('empty-file', '', message('schema.not-a-block', { kind: kindOf(say, input) }))];
  }
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  const { clean, found } = withoutInheritedNames(input);
  for (const path of found) {
    const key = segments(path).at(-1)!;
    const owner = path.lastIndexOf('/') === 0 ? say('schema.owner.top') : say('schema.owner.in', { where: describe(input, path.slice(0, path.lastIndexOf('/')), say) });
    out.push(base('unknown-key', path, message('schema.unknown-key.inherited', { key, owner }), 'key'));
  }
  input = clean;
  if (validate(input) && out.length === 0) return [];
  const errors = validate.errors ?? [];
  // A value of the wrong kind makes its other errors (allowed values, form) noise.
  const wrongType = new Set(errors.filter((e) => e.keyword === 'type').map((e) => e.instancePath));
  const mappedErrors = errors
    .filter((error) => error.keyword === 'type' || !wrongType.has(error.instancePath))
    .map((error) => ({ error, mapped: mapError(say, error, input, ctx.written) }));
  const explained = new Set(mappedErrors.flatMap(({ error, mapped }) => (mapped?.replaces ? [`${error.instancePath}/${mapped.replaces}`] : [])));
  for (const { error, mapped } of mappedErrors) {
    if (!mapped) continue;
    if (error.keyword === 'required' && explained.has(`${error.instancePath}/${String((error.params as { missingProperty?: unknown }).missingProperty)}`)) continue;
    const key = mapped.path + '\u0000' + mapped.message.text;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(base(mapped.rule, mapped.path, mapped.message, mapped.at));
  }
  if (out.length > maxDiagnostics) {
    const rest = out.length - maxDiagnostics;
    out.length = maxDiagnostics;
    out.push(base('invalid-value', '', message('schema.too-many-problems', { count: rest })));
  }
  return out;
}
