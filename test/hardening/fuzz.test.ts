import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compile } from '../../src/compile.js';
import type { Diagnostic } from '../../src/diagnostics.js';
import { anySource } from './fuzz.js';
import { activeContent } from './inert.js';

/**
 * `npm test` runs a short fuzz of 50 cases; `npm run test:slow` (and `npm run fuzz`)
 * 100,000. FUZZ_RUNS sets another number, FUZZ_SEED replays a run.
 */
const runs = Number(process.env.FUZZ_RUNS ?? (process.env.PRIVACY_STATEMENT_SLOW_TESTS === '1' ? 100_000 : 50));

function wellFormed(d: Diagnostic): void {
  expect(typeof d.rule).toBe('string');
  expect(d.rule).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  expect(['error', 'warning']).toContain(d.severity);
  expect(typeof d.message).toBe('string');
  expect(d.message.length).toBeGreaterThan(10);
  expect(d.path === '' || d.path.startsWith('/')).toBe(true);
  if (d.line !== undefined) expect(Number.isInteger(d.line) && d.line >= 1).toBe(true);
  if (d.column !== undefined) expect(Number.isInteger(d.column) && d.column >= 1).toBe(true);
  expect(Array.isArray(d.references)).toBe(true);
}

describe('fuzzing the loader, validator and renderer', () => {
  it(`never throws, always explains, never hangs (${runs} cases)`, async () => {
    let cases = 0;
    let rendered = 0;
    await fc.assert(
      fc.asyncProperty(anySource, async (text) => {
        cases++;
        const result = await compile(text, { file: 'fuzz.yaml', formats: ['md', 'html'] });
        for (const d of result.diagnostics) wellFormed(d);
        if (result.errorCount > 0) expect(result.outputs).toEqual([]);
        else {
          expect(result.outputs.length).toBeGreaterThan(0);
          rendered++;
          for (const o of result.outputs) if (o.format === 'html') expect(activeContent(o.content as string)).toEqual([]);
        }
      }),
      // A guard against a hang, not a measure of speed: a case still running after a minute fails.
      { numRuns: runs, seed: process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined, timeout: 60_000 },
    );
    // The count is part of the contract of `npm run fuzz`: it says how many cases ran.
    console.log(`fuzz: ${cases} cases, ${rendered} rendered, 0 failures`);
    expect(cases).toBe(runs);
    expect(rendered).toBeGreaterThan(0);
  }, Math.max(600_000, runs * 30));
});
