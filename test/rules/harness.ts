import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/compile.js';
import type { Diagnostic } from '../../src/diagnostics.js';
import { ruleById } from '../../src/rules/index.js';
import { harmony, lineOf, minimal } from '../helpers.js';

export interface RuleCase {
  name: string;
  /** The statement to start from; default the minimal fixture. */
  base?: 'minimal' | 'harmony';
  /** Turns the base into the case's input. */
  edit: (text: string) => string;
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
        const found = analyze(text, { file: 'statement.yaml' }).diagnostics.filter((d) => d.rule === id);
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
        const found = analyze(source(c), { file: 'statement.yaml' }).diagnostics.filter((d) => d.rule === id || d.severity === 'error');
        expect(found).toEqual([]);
      });
    }
  });
}
