// Property tests for the classes whose other tests are examples: the commit's journal (3), output
// directories (4), inputs through links (5), invisible characters (6) and file system errors in
// words (9). All in this process, without the command line; FUZZ_RUNS or `npm run test:slow`
// runs many more cases.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { analyze } from '../../src/compile.js';
import { UsageError } from '../../src/cli/errors.js';
import { resetFaults } from '../../src/cli/faults.js';
import { findSources } from '../../src/cli/inputs.js';
import { applyJournal, journalName, recoverJournal, writeJournal, type Step } from '../../src/cli/journal.js';
import { discardStaging, openStaging, stageFile, writeOutputs } from '../../src/cli/write.js';
import { codePointLabel, findInvisible } from '../../src/text/characters.js';
import { edit, minimal } from '../helpers.js';

const slow = process.env.PRIVACY_STATEMENT_SLOW_TESTS === '1';
const runs = (short: number, long: number) => Number(process.env.FUZZ_RUNS ?? (slow ? long : short));
const tmp = () => mkdtempSync(join(tmpdir(), 'psc-prop-'));

/** The visible files of a directory and their contents. */
function contents(dir: string): Record<string, string> {
  return Object.fromEntries(readdirSync(dir).filter((n) => !n.startsWith('.')).sort().map((n) => [n, readFileSync(join(dir, n), 'utf8')]));
}

afterEach(() => {
  delete process.env.PRIVACY_STATEMENT_FAULT;
  resetFaults();
});

describe('class 3: the journal', () => {
  const names = fc.constantFrom('a.en.md', 'a.nl.md', 'a.en.html', 'b.en.md', 'b.fr.pdf');
  const plan = fc.record({
    old: fc.dictionary(names, fc.string({ maxLength: 8 }), { maxKeys: 5 }),
    next: fc.dictionary(names, fc.string({ maxLength: 8 }), { minKeys: 1, maxKeys: 5 }),
    remove: fc.uniqueArray(names, { maxLength: 2 }),
    // Where the build is cut short, and where each later attempt to finish it is cut short again.
    cuts: fc.array(fc.nat({ max: 12 }), { minLength: 1, maxLength: 3 }),
  });

  it(`cut short at any step, any number of times: the next attempt makes the directory entirely new (${runs(25, 2_000)} cases)`, async () => {
    await fc.assert(
      fc.asyncProperty(plan, async ({ old, next, remove, cuts }) => {
        const dir = tmp();
        for (const [name, text] of Object.entries(old)) writeFileSync(join(dir, name), text);
        const removals = remove.filter((n) => !(n in next));
        const expected = { ...old, ...next };
        for (const n of removals) delete expected[n];
        const staging = await openStaging(dir);
        const steps: Step[] = [];
        for (const [name, text] of Object.entries(next)) {
          const staged = await stageFile(staging, { name, statement: '', locale: '', format: '', content: text });
          steps.push({ rename: staged.tmp, to: join(dir, name), sha256: staged.sha256 });
        }
        for (const n of removals) steps.push({ remove: join(dir, n) });
        await writeJournal(dir, staging.tag, steps);
        // Each attempt stops after `cut` steps, as a killed process would.
        for (const cut of cuts) {
          let done = 0;
          await applyJournal(dir, steps, () => {
            if (done++ === cut) throw new Error('cut');
          }).catch((error: Error) => expect(error.message).toBe('cut'));
        }
        const { recovered, lost } = await recoverJournal(dir);
        expect(recovered).toBe(true);
        expect(lost).toEqual([]);
        expect(contents(dir)).toEqual(expected);
        expect(existsSync(join(dir, journalName))).toBe(false);
        // Finishing again changes nothing.
        expect((await recoverJournal(dir)).recovered).toBe(false);
        await discardStaging(staging);
        expect(readdirSync(dir).filter((n) => n.startsWith('.'))).toEqual([]);
        rmSync(dir, { recursive: true, force: true });
      }),
      { numRuns: runs(25, 2_000) },
    );
  });

  it(`an error, a full disk or a read-only file system at any step: entirely old with a one-line reason, or entirely new (${runs(12, 500)} cases)`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('throw', 'enospc', 'erofs'), fc.integer({ min: 1, max: 10 }), fc.boolean(), async (kind, at, clean) => {
        const dir = tmp();
        const file = (name: string, text: string) => ({ name, statement: 'a', locale: name.split('.')[1]!, format: 'md', content: text });
        await writeOutputs(dir, [file('a.en.md', 'old en'), file('a.nl.md', 'old nl')]);
        const before = contents(dir);
        resetFaults();
        process.env.PRIVACY_STATEMENT_FAULT = `commit:${at}:${kind}`;
        const result = await writeOutputs(dir, [file('a.nl.md', 'new nl')], { clean }).then(
          () => 'written',
          (error: unknown) => error,
        );
        delete process.env.PRIVACY_STATEMENT_FAULT;
        if (result === 'written') {
          expect(contents(dir)['a.nl.md']).toBe('new nl');
          expect(existsSync(join(dir, 'a.en.md'))).toBe(!clean);
          const listed = (JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { files: { path: string }[] }).files.map((f) => f.path);
          expect(listed).toEqual(clean ? ['a.nl.md'] : ['a.en.md', 'a.nl.md']);
        } else {
          expect(result).toBeInstanceOf(UsageError);
          expect((result as Error).message).toMatch(/^cannot write to .*: (fault injected at commit \d+|the disk is full|the file system is read-only); nothing was changed$/);
          expect(contents(dir)).toEqual(before);
        }
        expect(readdirSync(dir).filter((n) => n.startsWith('.'))).toEqual([]);
        rmSync(dir, { recursive: true, force: true });
      }),
      { numRuns: runs(12, 500) },
    );
  });
});

describe('class 4: output directories', () => {
  it(`any --out below a directory: made and used, or one clear reason; never another error (${runs(60, 3_000)} cases)`, async () => {
    const base = tmp();
    mkdirSync(join(base, 'a/b'), { recursive: true });
    writeFileSync(join(base, 'afile'), 'x');
    const segment = fc.constantFrom('', '.', '..', 'a', 'b', 'afile', 'new', 'x'.repeat(300), 'nul\0l', 'sp ace', 'é');
    await fc.assert(
      fc.asyncProperty(fc.array(segment, { minLength: 1, maxLength: 5 }), async (segments) => {
        const out = join(base, 'a/b', ...segments);
        fc.pre(!relative(base, resolve(out)).startsWith('..'));
        try {
          const staging = await openStaging(out);
          await discardStaging(staging);
        } catch (error) {
          expect(error).toBeInstanceOf(UsageError);
          expect((error as Error).message).not.toMatch(/\n|undefined|\[object/);
        }
        // Nothing made is left behind: only what was there.
        expect(readdirSync(base).sort()).toEqual(['a', 'afile']);
        expect(readdirSync(join(base, 'a'))).toEqual(['b']);
      }),
      { numRuns: runs(60, 3_000) },
    );
  });
});

describe('class 5: inputs through symbolic links', () => {
  it(`any tree of directories, statements and links (loops, links to nothing): each statement once, or one clear reason (${runs(40, 2_000)} cases)`, async () => {
    const node = fc.record({ parent: fc.nat({ max: 3 }), kind: fc.constantFrom('dir', 'file', 'link'), target: fc.nat({ max: 7 }) });
    await fc.assert(
      fc.asyncProperty(fc.array(node, { minLength: 1, maxLength: 8 }), async (nodes) => {
        const root = tmp();
        const input = join(root, 'in');
        mkdirSync(input);
        const dirs = [input];
        const paths: string[] = [];
        nodes.forEach((n, i) => {
          const parent = dirs[n.parent % dirs.length]!;
          const path = join(parent, n.kind === 'dir' ? `d${i}` : `s${i}.yaml`);
          paths.push(path);
          if (n.kind === 'dir') {
            mkdirSync(path);
            dirs.push(path);
          } else if (n.kind === 'file') writeFileSync(path, minimal());
        });
        // Links last, to anything made (themselves, their own directory, each other) or to nothing.
        nodes.forEach((n, i) => {
          if (n.kind !== 'link') return;
          const target = n.target < paths.length ? paths[n.target]! : join(root, 'nowhere');
          symlinkSync(target === paths[i] ? target : relative(join(paths[i]!, '..'), target) || '.', paths[i]!);
        });
        const outcome: Awaited<ReturnType<typeof findSources>> | Error = await findSources(['in'], root).catch((error: unknown) => error as Error);
        if (outcome instanceof Error) {
          expect(outcome).toBeInstanceOf(UsageError);
          expect(outcome.message).toMatch(/loop|does not exist|contains no statement files/);
        } else {
          // Each file once (through whichever name comes first), and every statement file reached
          // without a link among them.
          const real = outcome.map((s) => realpathSync(s.path));
          expect(new Set(real).size).toBe(real.length);
          const underLink = (path: string) => relative(input, path).split('/').some((part) => nodes[Number(part.replace(/\D/g, ''))]?.kind === 'link');
          for (const [i, n] of nodes.entries()) if (n.kind === 'file' && !underLink(paths[i]!)) expect(real).toContain(realpathSync(paths[i]!));
        }
        rmSync(root, { recursive: true, force: true });
      }),
      { numRuns: runs(40, 2_000) },
    );
  });
});

describe('class 6: invisible characters', () => {
  const refused = [0x85, 0x9b, 0x200b, 0x200c, 0x200d, 0x200e, 0x200f, 0x061c, 0x2028, 0x2029, 0x2060, 0x202e, 0x2066, 0xfff9, 0xfffb, 0xe0041, 0xe007f, 0x1b, 0x07, 0xfeff, 0x3164];
  const fine = fc.constantFrom(...'abcXYZ éèçœ€«»', '\u00a0', '\u202f', '\u00ad', '\n', '\t');
  const word = fc.string({ unit: fine, maxLength: 12 });
  const withName = (name: string) => edit(minimal(), 'name: Example Verzekeringen', `name: ${JSON.stringify(`Example${name}`)}`);

  it(`a refused character anywhere in a name is named with its code point; text without one passes (${runs(50, 5_000)} cases)`, () => {
    fc.assert(
      fc.property(word, fc.option(fc.constantFrom(...refused), { nil: undefined }), word, (a, cp, b) => {
        const name = `${a}${cp === undefined ? '' : String.fromCodePoint(cp)}${b}`;
        const found = findInvisible(name);
        if (cp === undefined) expect(found).toEqual([]);
        else expect(found.map((f) => f.codePoint)).toEqual([cp]);
        const reported = analyze(withName(name), { formats: ['md'] }).diagnostics.filter((d) => d.rule === 'invisible-characters');
        if (cp === undefined) expect(reported).toEqual([]);
        else {
          expect(reported).toHaveLength(1);
          expect(reported[0]!.path).toBe('/controller/name');
          expect(reported[0]!.message).toContain(`${codePointLabel(cp)} `);
        }
      }),
      { numRuns: runs(50, 5_000) },
    );
  });
});

describe('class 9: file system errors in words', () => {
  it('each code the output directory can meet is said in words, never as a bare code', async () => {
    const { describeCode } = await import('../../src/cli/directories.js');
    for (const code of ['EACCES', 'EPERM', 'ENOSPC', 'EDQUOT', 'EROFS', 'ENOTDIR', 'ENOENT', 'EMFILE', 'ENFILE', 'ENAMETOOLONG', 'EIO', 'EISDIR', 'ELOOP', 'ERR_INVALID_ARG_VALUE']) {
      const words = describeCode(Object.assign(new Error(`${code}: x`), { code }));
      expect(words, code).toMatch(/^[a-z]/);
      expect(words, code).not.toMatch(/undefined/);
    }
    expect(describeCode(Object.assign(new Error('EROFS: read-only file system'), { code: 'EROFS' }))).toBe('the file system is read-only');
    // Any other: the system's own one-line message.
    expect(describeCode(Object.assign(new Error('EXDEV: cross-device link not permitted'), { code: 'EXDEV' }))).toBe('EXDEV: cross-device link not permitted');
  });
});
