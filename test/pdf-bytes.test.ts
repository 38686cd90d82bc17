import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compile } from '../src/compile.js';
import { examples, itSlow, read, root } from './helpers.js';

const hash = (b: Uint8Array | string) => createHash('sha256').update(b).digest('hex');

/** The French PDF of the Harmony example, as a hash. */
async function harmonyFr(): Promise<string> {
  const result = await compile(read(examples.harmony), { formats: ['pdf'], locales: ['fr'] });
  expect(result.errorCount).toBe(0);
  return hash(result.outputs[0]!.content);
}

/**
 * The same, written by the built library in a fresh process with `env`, after other documents
 * unless `othersFirst` is false
 * (so that fonts and glyphs were first used for other text), and with the clock on `clock` if
 * given. Also returns the time zone, locale and date the process ran with.
 */
function harmonyFrInProcess(env: Record<string, string>, clock?: string, othersFirst = true): { pdf: string; zone: string; locale: string; now: string } {
  const script = `
    ${clock ? `const RealDate = Date;
    const fixed = RealDate.parse(${JSON.stringify(clock)});
    globalThis.Date = class extends RealDate {
      constructor(...args) { super(...(args.length > 0 ? args : [fixed])); }
      static now() { return fixed; }
    };` : ''}
    import { readFileSync } from 'node:fs';
    import { createHash } from 'node:crypto';
    const { compile } = await import(${JSON.stringify(pathToFileURL(join(root, 'lib/index.js')).href)});
    const harmony = readFileSync(${JSON.stringify(join(root, examples.harmony))}, 'utf8');
    // A name with a non-breaking hyphen, which shares the hyphen's glyph, and other words first.
    ${othersFirst ? `await compile(harmony.replaceAll('Harmony', 'Harmony\\u2011Zorg Qwyx'), { formats: ['pdf'], locales: ['nl'] });` : ''}
    const result = await compile(harmony, { formats: ['pdf'], locales: ['fr'] });
    console.log(JSON.stringify({
      pdf: createHash('sha256').update(result.outputs[0].content).digest('hex'),
      zone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      locale: Intl.DateTimeFormat().resolvedOptions().locale,
      now: new Date().toISOString(),
    }));`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { env: { ...process.env, ...env }, encoding: 'utf8' });
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as { pdf: string; zone: string; locale: string; now: string };
}

describe('PDF bytes', () => {
  it('are the same whatever the process wrote before', async () => {
    const first = await harmonyFr();
    await compile(read(examples.harmony).replaceAll('Harmony', 'Harmony\u2011Zorg Qwyx'), { formats: ['pdf'], locales: ['nl'] });
    await compile(read(examples.kmo), { formats: ['pdf'], locales: ['fr'] });
    expect(await harmonyFr()).toBe(first);
  }, 60_000);

  itSlow('are the same in every time zone, language and day', async () => {
    const here = harmonyFrInProcess({ TZ: 'UTC', LANG: 'C', LC_ALL: 'C' }, undefined, false);
    const elsewhere = harmonyFrInProcess({ TZ: 'Pacific/Kiritimati', LANG: 'nl_NL.UTF-8', LC_ALL: 'nl_NL.UTF-8' }, '2031-12-31T23:59:59Z');
    // The processes did run with another zone and clock.
    expect(here.zone).toBe('UTC');
    expect(elsewhere.zone).toBe('Pacific/Kiritimati');
    expect(elsewhere.now).toBe('2031-12-31T23:59:59.000Z');
    expect(here.now).not.toBe(elsewhere.now);
    expect(elsewhere.pdf).toBe(here.pdf);
    // And the built library writes what the sources write.
    expect(here.pdf).toBe(await harmonyFr());
  }, 60_000);
});
