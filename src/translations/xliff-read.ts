import { SaxesParser, type SaxesTagNS } from 'saxes';
import type { Diagnostic } from '../diagnostics.js';
import { messagesIn, type MessageId, type MessageLanguage, type MessageValues } from '../messages/index.js';
import { xliffNamespace } from './xliff-export.js';

/**
 * Reads an XLIFF 1.2 file back from a translation agency's tool. The XML is read by saxes, a
 * strict (well-formedness checking), namespace-aware parser: malformed XML is refused, and so is
 * any DOCTYPE, so that no entity is ever declared or expanded (XXE, entity bombs).
 */

export interface XliffUnit {
  id: string;
  source: string;
  /** The target's text; undefined when the unit has no target. */
  target?: string;
  /** The target's `state`, as the tool left it. */
  state?: string;
  /** `translate="no"`: the unit is not for translation. */
  translate: boolean;
  line: number;
  column: number;
}

export interface XliffFile {
  original?: string;
  sourceLanguage: string;
  targetLanguage: string;
  /** Where the `<file>` element is, for messages about its languages. */
  line: number;
  column: number;
  units: XliffUnit[];
}

/** At most this many characters: the export of the largest statement is a small fraction of it. */
export const maxXliffChars = 16 * 1024 * 1024;

/** Inline codes of XLIFF 1.2, which the plain-text units of a statement never have. */
const inlineCodes = new Set(['g', 'x', 'bx', 'ex', 'bpt', 'ept', 'ph', 'it', 'sub']);

class Refusal extends Error {
  constructor(
    readonly id: MessageId,
    readonly values: MessageValues,
    readonly line: number,
    readonly column: number,
  ) {
    super(id);
  }
}

/**
 * The XLIFF file's one `<file>` and its units, or diagnostics (rule `xliff-invalid`) saying what
 * is wrong and where.
 */
export function readXliff(text: string, file?: string, lang: MessageLanguage = 'en'): { xliff?: XliffFile; diagnostics: Diagnostic[] } {
  const say = messagesIn(lang);
  const refuse = (id: MessageId, values: MessageValues = {}, line?: number, column?: number): { diagnostics: Diagnostic[] } => ({
    diagnostics: [{ rule: 'xliff-invalid', severity: 'error', message: say(id, values), messageId: id, ...(file !== undefined ? { file } : {}), ...(line !== undefined ? { line, column: column ?? 1 } : {}), path: '', references: [] }],
  });
  if (text.length > maxXliffChars) return refuse('translations.xliff.too-large', { mb: Math.round(text.length / 1024 / 1024) });
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') return refuse('translations.xliff.empty');

  const parser = new SaxesParser({ xmlns: true, position: true });
  const at = (): [number, number] => [parser.line, parser.column];
  const files: XliffFile[] = [];
  let rootSeen = false;
  /** Element names from the root down. */
  const stack: { local: string; uri: string }[] = [];
  let unit: (Partial<XliffUnit> & { line: number; column: number; depth: number }) | undefined;
  /** The text being collected: of the unit's source or target (not of alt-trans, notes, …). */
  let collecting: { into: 'source' | 'target'; depth: number; text: string } | undefined;
  const ids = new Set<string>();
  let start: [number, number] = [1, 1];

  parser.on('xmldecl', (decl) => {
    // The text is already decoded (UTF-8, or UTF-16 with a byte order mark): another encoding was read wrongly.
    const encoding = decl.encoding?.toLowerCase();
    if (encoding !== undefined && !/^utf-?(?:8|16(?:le|be)?)$/.test(encoding)) {
      throw new Refusal('translations.xliff.encoding', { encoding: decl.encoding ?? '' }, ...at());
    }
  });
  parser.on('doctype', () => {
    throw new Refusal('translations.xliff.doctype', {}, ...at());
  });
  // Reported just after the element's name: the element starts where its `<` is.
  parser.on('opentagstart', (tag) => {
    start = [parser.line, Math.max(1, parser.column - tag.name.length - 1)];
  });
  parser.on('opentag', (node) => {
    const tag = node as SaxesTagNS;
    const attr = (name: string): string | undefined => tag.attributes[name]?.value;
    const ours = tag.uri === xliffNamespace;
    const depth = stack.length;
    stack.push({ local: tag.local, uri: tag.uri });
    if (!rootSeen) {
      rootSeen = true;
      if (tag.local !== 'xliff') throw new Refusal('translations.xliff.not-xliff', { element: tag.name }, ...start);
      if (!ours) {
        const id = !tag.uri ? 'translations.xliff.no-namespace' : /xliff:document:2/.test(tag.uri) ? 'translations.xliff.xliff-2' : 'translations.xliff.namespace';
        throw new Refusal(id, { namespace: tag.uri, expected: xliffNamespace }, ...start);
      }
      if (attr('version') !== '1.2') throw new Refusal(attr('version') === undefined ? 'translations.xliff.no-version' : 'translations.xliff.version', { version: attr('version') ?? '' }, ...start);
      return;
    }
    if (collecting) {
      if (ours && tag.local === 'mrk') return; // segment and comment markers: their text counts
      const what = say(ours && inlineCodes.has(tag.local) ? 'translations.xliff.inline-code' : 'translations.xliff.element', { element: tag.name });
      throw new Refusal(collecting.into === 'source' ? 'translations.xliff.code-in-source' : 'translations.xliff.code-in-target', { unit: unit?.id ?? '', what }, ...start);
    }
    if (!ours) return;
    if (tag.local === 'file' && stack[depth - 1]?.local === 'xliff') {
      const sourceLanguage = attr('source-language');
      const targetLanguage = attr('target-language');
      if (!sourceLanguage || !targetLanguage) throw new Refusal('translations.xliff.no-language', { attribute: !sourceLanguage ? 'source-language' : 'target-language' }, ...start);
      files.push({ ...(attr('original') !== undefined ? { original: attr('original')! } : {}), sourceLanguage, targetLanguage, line: start[0], column: start[1], units: [] });
      return;
    }
    if (tag.local === 'trans-unit') {
      if (unit) throw new Refusal('translations.xliff.nested-unit', {}, ...start);
      if (files.length === 0) throw new Refusal('translations.xliff.unit-outside-file', {}, ...start);
      const id = attr('id');
      if (id === undefined || id === '') throw new Refusal('translations.xliff.unit-without-id', {}, ...start);
      if (ids.has(id)) throw new Refusal('translations.xliff.duplicate-id', { id }, ...start);
      ids.add(id);
      unit = { id, translate: attr('translate') !== 'no', line: start[0], column: start[1], depth };
      return;
    }
    // Only the unit's own source and target: those of <alt-trans> (matches offered by a tool) are not the translation.
    if (unit && depth === unit.depth + 1 && (tag.local === 'source' || tag.local === 'target')) {
      if (unit[tag.local] !== undefined) throw new Refusal('translations.xliff.two-elements', { unit: unit.id ?? '', element: tag.local }, ...start);
      if (tag.local === 'target' && attr('state') !== undefined) unit.state = attr('state')!;
      collecting = { into: tag.local, depth, text: '' };
    }
  });
  const addText = (t: string): void => {
    if (collecting) collecting.text += t;
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  parser.on('closetag', () => {
    const depth = stack.length - 1;
    stack.pop();
    if (collecting && depth === collecting.depth) {
      unit![collecting.into] = collecting.text;
      collecting = undefined;
      return;
    }
    if (unit && depth === unit.depth) {
      if (unit.source === undefined) throw new Refusal('translations.xliff.no-source', { unit: unit.id ?? '' }, unit.line, unit.column);
      const { depth: _, ...done } = unit;
      files[files.length - 1]!.units.push(done as XliffUnit);
      unit = undefined;
    }
  });

  try {
    parser.write(text).close();
  } catch (error) {
    if (error instanceof Refusal) return refuse(error.id, error.values, error.line, error.column);
    // saxes' own message starts with the position: `12:5: unexpected close tag.`
    const message = (error as Error).message.replace(/^\d+:\d+:\s*/, '');
    return refuse('translations.xliff.not-well-formed', { reason: message.replace(/\.$/, '') }, parser.line, parser.column);
  }
  if (files.length === 0) return refuse('translations.xliff.no-file');
  if (files.length > 1) return refuse('translations.xliff.several-files', { count: files.length }, files[1]!.line, files[1]!.column);
  return { xliff: files[0]!, diagnostics: [] };
}
