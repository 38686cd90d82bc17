import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { parseStatementMarkdown } from '../src/render/document.js';
import { translator } from '../src/render/i18n.js';
import { ownCopy } from '../src/text/own-copy.js';

// The caches of a process keep words and paragraphs cut from whole statements; they must not
// keep the statements. Measured on V8's heap after full collections.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** Heap kept by what `make` returns (held until measured), in MB. */
function kept(make: (big: string) => unknown): number {
  gc();
  gc();
  const before = process.memoryUsage().heapUsed;
  const held: unknown[] = [];
  // 40 statements of 256 KB each, every one different.
  for (let i = 0; i < 40; i++) held.push(make(`statement ${i} `.padEnd(256 * 1024, `text ${i} `)));
  gc();
  gc();
  const after = process.memoryUsage().heapUsed;
  expect(held).toHaveLength(40);
  return (after - before) / 1024 / 1024;
}

describe('strings kept by caches', () => {
  it('a substring keeps its whole string, an own copy only itself', () => {
    // The premise: V8 keeps a substring as a view of the string it was cut from.
    expect(kept((big) => big.slice(100, 140))).toBeGreaterThan(9);
    expect(kept((big) => ownCopy(big.slice(100, 140)))).toBeLessThan(2);
    expect(ownCopy('a short one')).toBe('a short one');
    expect(ownCopy('x'.repeat(40) + 'y')).toBe('x'.repeat(40) + 'y');
  });

  it('pieces of Markdown parsed once keep only their own text', () => {
    const mb = kept((big) => {
      // A statement with one paragraph of its own; the rest is the same in every statement.
      const markdown = `## Section {#section}\n\n${big.slice(0, 60)}\n\n` + 'The same words in every statement.\n\n'.repeat(7000);
      return parseStatementMarkdown(markdown).tree.children.length;
    });
    expect(mb).toBeLessThan(3);
  });

  it('sentences translated once keep only their own text', () => {
    const t = translator('en');
    let n = 0;
    const mb = kept((big) => {
      // A value cut from the statement, such as a date or a name.
      const date = big.slice(100 + n++, 140);
      return t('document.lastAmended', { date }).length;
    });
    expect(mb).toBeLessThan(3);
  });
});
