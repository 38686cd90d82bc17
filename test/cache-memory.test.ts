import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { ownCopy } from '../src/text/own-copy.js';
import type { Inline } from '../src/writers/pdf/inline.js';
import type { Measure, TextStyle } from '../src/writers/pdf/layout.js';
import { breakLines, clearLineBreaks } from '../src/writers/pdf/linebreak.js';
import { structRoot } from '../src/writers/pdf/structure.js';

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

  it('lines broken once keep only their own text', () => {
    clearLineBreaks();
    const measure: Measure = (value) => value.length;
    const style: TextStyle = { face: 'regular', size: 10, color: '#000', owner: structRoot() };
    let n = 0;
    const mb = kept((big) => {
      // A paragraph cut from the statement, broken into lines and cached.
      const inlines: Inline[] = [{ kind: 'text', text: big.slice(1000 + n++, 1300), style }];
      return breakLines(inlines, 60, measure).length;
    });
    expect(mb).toBeLessThan(3);
    clearLineBreaks();
  });
});
