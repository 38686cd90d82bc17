// Terminal escapes in the input never reach a terminal raw: every message printed as text or as
// GitHub annotations escapes the control characters (class 8); JSON stays JSON.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeJson, escapeLine, escapeText } from '../../src/cli/report/escape.js';
import { edit, minimal, runCli, runHere } from '../helpers.js';

const runs = Number(process.env.FUZZ_RUNS ?? (process.env.PRIVACY_STATEMENT_SLOW_TESTS === '1' ? 20_000 : 100));
const tmp = () => mkdtempSync(join(tmpdir(), 'psc-escape-'));

/** What a terminal would act on: C0 (but the line break of each printed line) and C1 controls, and the characters that reorder or hide text. */
const raw = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u061C\u200B-\u200F\u2028-\u202E\u2060-\u206F\uFEFF]/;

/** Our own colours are off (NO_COLOR): anything raw in the output came from the input. */
function expectNoRawControls(output: string): void {
  const m = raw.exec(output);
  expect(m ? `U+${m[0].codePointAt(0)!.toString(16)} at ${JSON.stringify(output.slice(Math.max(0, m.index - 30), m.index + 10))}` : undefined).toBeUndefined();
}

const title = '\u001b]0;pwned\u0007';
const clear = '\u001b[2J\u001b[H';

describe('control characters from the input, in messages', () => {
  /** A statement with an unknown key and a wrong value that carry escapes; its file name too. */
  function hostile(): { dir: string; name: string } {
    const dir = tmp();
    const name = `s${clear}.yaml`;
    let text = edit(minimal(), 'legalBasis: contract', `legalBasis: "contract${title}"`);
    text = edit(text, '  email: privacy@example.nl\nprivacyContact:', `  email: privacy@example.nl\n  "x${clear}\u2028\u202E": 1\nprivacyContact:`);
    mkdirSync(join(dir, 'in'));
    writeFileSync(join(dir, 'in', name), text);
    return { dir, name };
  }

  it('are escaped in text and GitHub output, and the message still says what they are', async () => {
    const { dir } = hostile();
    for (const format of ['text', 'github']) {
      const r = await runHere(['check', 'in', '--format', format], { cwd: dir });
      expect(r.code).toBe(1);
      expectNoRawControls(r.stdout + r.stderr);
      expect(r.stdout).toContain(format === 'github' ? 'contract\\x1B]0;pwned\\x07' : 'contract\\x1B]0;pwned\\x07');
      expect(r.stdout).toContain('\\u202E');
      expect(r.stdout).toContain('s\\x1B[2J\\x1B[H.yaml');
      // Each annotation is one line: nothing in the input starts a workflow command of its own.
      if (format === 'github') for (const line of r.stdout.trim().split('\n').slice(0, -1)) expect(line).toMatch(/^::(error|warning) file=/);
    }
  });

  it('are kept as they are in JSON, which escapes them itself', async () => {
    const { dir, name } = hostile();
    const r = await runHere(['check', 'in', '--format', 'json'], { cwd: dir });
    expectNoRawControls(r.stdout);
    const report = JSON.parse(r.stdout) as { diagnostics: { file: string; message: string }[] };
    expect(report.diagnostics[0]!.file).toBe(`in/${name}`);
    expect(report.diagnostics.map((d) => d.message).join('\n')).toContain(`contract${title}`);
  });

  it('are escaped in usage errors: a file name, a flag value', async () => {
    const dir = tmp();
    const missing = await runHere(['check', `missing${title}.yaml`], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('privacy-statement: missing\\x1B]0;pwned\\x07.yaml: no such file or directory\n');
    const flag = await runHere(['check', 'x.yaml', '--format', `json${clear}`], { cwd: dir });
    expect(flag.code).toBe(2);
    expectNoRawControls(flag.stderr);
    expect(flag.stderr).toContain("argument 'json\\x1B[2J\\x1B[H' is invalid");
    const out = await runCli(['build', 'x.yaml', '--out', `\u0007${clear}`], { cwd: dir });
    expectNoRawControls(out.stderr);
  });
});

/** Reverses escapeLine, for strings without a backslash of their own. */
const unescape = (line: string) =>
  line.replace(/\\(?:x([0-9A-F]{2})|u([0-9A-F]{4})|u\{([0-9A-F]+)\}|(n)|(r))/g, (_, x, u, big, n, r) => (n ? '\n' : r ? '\r' : String.fromCodePoint(parseInt(x ?? u ?? big, 16))));

describe('escapeLine', () => {
  it(`leaves nothing a terminal acts on, and loses nothing (${runs} strings)`, () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }).filter((s) => !s.includes('\\')), (s) => {
        const line = escapeLine(s);
        expect(raw.test(line.replace(/\t/g, ''))).toBe(false);
        expect(line).not.toMatch(/[\n\r]/);
        expect(unescape(line)).toBe(s);
        expect(escapeText(s).split('\n').map(unescape).join('\n')).toBe(s);
        // JSON: the same value once parsed, with nothing raw for a terminal.
        const json = escapeJson(JSON.stringify({ [s]: [s] }));
        expect(JSON.parse(json)).toEqual({ [s]: [s] });
        expect(raw.test(json)).toBe(false);
      }),
      { numRuns: runs },
    );
  });
});
