import { describe, expect, it } from 'vitest';
import { analyze, type Analysis } from '../../src/compile.js';
import { changesSince } from '../../src/lifecycle/since.js';
import type { StatementSource } from '../../src/model/input.generated.js';
import type { Diagnostic } from '../../src/diagnostics.js';
import { ruleById } from '../../src/rules/index.js';
import type { Format } from '../../src/writers/types.js';
import { harmony, lineOf, minimal } from '../helpers.js';

export interface RuleCase {
  name: string;
  /** The statement to start from; default the minimal fixture. */
  base?: 'minimal' | 'harmony';
  /** Turns the base into the case's input. */
  edit: (text: string) => string;
  /** For the rules about changes: the earlier version the input is compared with (from the base). */
  earlier?: (text: string) => string;
  /** For the rules about translations: the lock file beside the input (made from the base). */
  translations?: (text: string) => string;
  /** For the rules about what an output needs: the formats the build writes. */
  formats?: string[];
  /** What the diagnostic must say. `line` may be a piece of text whose (first) line is meant. */
  expect?: {
    line?: number | string | ((text: string) => number);
    path?: string;
    message?: string | RegExp;
    severity?: Diagnostic['severity'];
    references?: string[];
  };
}

function source(c: RuleCase): string {
  return c.edit(c.base === 'harmony' ? harmony() : minimal());
}

/** The case's diagnostics: the input checked (against its lock file when the case has one), and compared with its earlier version when the case has one. */
function diagnosticsOf(c: RuleCase, text: string): Diagnostic[] {
  const lock = c.translations?.(c.base === 'harmony' ? harmony() : minimal());
  const analysis = analyze(text, { file: 'statement.yaml', ...(lock !== undefined ? { translations: lock, translationsFile: 'statement.translations.json' } : {}), ...(c.formats ? { formats: c.formats as Format[] } : {}) });
  if (!c.earlier || !analysis.input) return analysis.diagnostics;
  const earlier = c.earlier(c.base === 'harmony' ? harmony() : minimal());
  return [...analysis.diagnostics, ...changesSince(analysis as Analysis & { input: StatementSource }, earlier, { file: 'statement.yaml' }).diagnostics];
}

/**
 * The test of one rule: every `triggers` case reports the rule (at the expected place, with the
 * rule's references unless the case says otherwise), every `passes` case does not.
 */
export function describeRule(id: string, cases: { triggers: RuleCase[]; passes: RuleCase[] }): void {
  describe(`rule ${id}`, () => {
    const rule = ruleById(id);
    it('is registered', () => expect(rule, `rule ${id} is not in src/rules/index.ts`).toBeDefined());
    for (const c of cases.triggers) {
      it(`reports: ${c.name}`, () => {
        const text = source(c);
        const found = diagnosticsOf(c, text).filter((d) => d.rule === id);
        expect(found.length, `no ${id} diagnostic`).toBeGreaterThan(0);
        const d = found[0]!;
        const e = c.expect ?? {};
        if (e.line !== undefined) expect(d.line).toBe(typeof e.line === 'number' ? e.line : typeof e.line === 'function' ? e.line(text) : lineOf(text, e.line));
        if (e.path !== undefined) expect(d.path).toBe(e.path);
        if (e.message !== undefined) expect(d.message).toMatch(e.message);
        expect(d.severity).toBe(e.severity ?? rule!.meta.severity);
        expect(d.references).toEqual(e.references ?? rule!.meta.references);
        expect(d.file).toBe('statement.yaml');
        expect(d.column).toBeGreaterThan(0);
      });
    }
    for (const c of cases.passes) {
      it(`accepts: ${c.name}`, () => {
        const found = diagnosticsOf(c, source(c)).filter((d) => d.rule === id || d.severity === 'error');
        expect(found).toEqual([]);
      });
    }
  });
}
