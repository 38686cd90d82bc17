import { limits } from './limits.js';
import { escapeSegment } from './pointer.js';

export interface GuardProblem {
  rule: 'nesting-too-deep' | 'input-too-large' | 'circular-value' | 'wrong-type';
  /** JSON Pointer of the value where the walk stopped. */
  path: string;
  message: string;
}

export type Guarded = { value: unknown } | { problem: GuardProblem };

interface Frame {
  source: object;
  /** The copy being filled, when copying. */
  target: unknown[] | Record<string, unknown> | undefined;
  /** A map's keys; undefined for a list. */
  keys: string[] | undefined;
  length: number;
  next: number;
  ptr: string;
  depth: number;
}

/**
 * Walks a value that did not come from the loader (an object given to `check` or `compile`),
 * or one built from aliases, before anything else does: without recursion, and stopping at
 * the first value that would make a later stage fail or never end — a value that contains
 * itself, nesting beyond `limits.depth`, more than `limits.values` values (a list of length
 * 2**32-1 is refused before its first item), a Date, Map, class instance or function, or a
 * property that throws when read. Shared values (the same object twice, not inside itself)
 * are allowed and counted each time, as later stages see them.
 *
 * With `copy`, gives a copy of plain objects and arrays, so that what is checked is what is
 * rendered even if the caller's object changes meanwhile, and no getter runs twice.
 */
export function guardValue(root: unknown, options: { copy: boolean }): Guarded {
  let count = 0;
  const onPath = new Set<object>();
  const stack: Frame[] = [];
  let result: unknown;
  /** The value being read, for a getter or proxy that throws. */
  let current = '';

  const enter = (value: unknown, ptr: string, depth: number, assign: (v: unknown) => void): GuardProblem | undefined => {
    current = ptr;
    if (++count > limits.values) return tooMany(ptr);
    if (value === null || typeof value !== 'object') {
      if (typeof value === 'function' || typeof value === 'symbol' || typeof value === 'bigint') return notData(ptr, typeof value === 'bigint' ? 'a BigInt' : `a ${typeof value}`);
      assign(value);
      return undefined;
    }
    if (onPath.has(value)) {
      return { rule: 'circular-value', path: ptr, message: 'The value contains itself here: this object is also one of the objects around it, so the statement would have no end. Pass a tree of plain data, such as `JSON.parse` gives.' };
    }
    const list = Array.isArray(value);
    if (!list && !isPlainObject(value)) return notData(ptr, kindOf(value));
    if (depth >= limits.depth) {
      return { rule: 'nesting-too-deep', path: ptr, message: `The value is nested more than ${limits.depth} levels deep here; a statement source needs far fewer.` };
    }
    const keys = list ? undefined : Object.keys(value);
    const length = list ? (value as unknown[]).length : keys!.length;
    if (count + length > limits.values) return tooMany(ptr);
    const target = options.copy ? (list ? new Array<unknown>(length) : {}) : undefined;
    assign(target ?? value);
    onPath.add(value);
    stack.push({ source: value, target, keys, length, next: 0, ptr, depth });
    return undefined;
  };

  try {
    const problem = enter(root, '', 0, (v) => (result = v));
    if (problem) return { problem };
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      if (frame.next >= frame.length) {
        onPath.delete(frame.source);
        stack.pop();
        continue;
      }
      const i = frame.next++;
      const key = frame.keys ? frame.keys[i]! : i;
      const ptr = frame.ptr + '/' + escapeSegment(key);
      current = ptr;
      const child = (frame.source as Record<string | number, unknown>)[key];
      const target = frame.target;
      const problem = enter(child, ptr, frame.depth + 1, (v) => {
        if (!target) return;
        // `__proto__` is data here, as JSON.parse makes it: an own property, not the prototype.
        if (key === '__proto__') Object.defineProperty(target, key, { value: v, enumerable: true, writable: true, configurable: true });
        else (target as Record<string | number, unknown>)[key] = v;
      });
      if (problem) return { problem };
    }
  } catch (error) {
    // A getter or a proxy that throws: the value cannot be read as data.
    return { problem: { rule: 'wrong-type', path: current, message: `The value here could not be read (${error instanceof Error ? error.message : String(error)}). Pass plain data, such as \`JSON.parse\` gives.` } };
  }
  return { value: options.copy ? result : root };
}

function tooMany(ptr: string): GuardProblem {
  return { rule: 'input-too-large', path: ptr, message: `The value holds more than ${limits.values} values (counting every repetition of a shared object); a statement source needs far fewer. Is this the right value?` };
}

function notData(ptr: string, kind: string): GuardProblem {
  const date = kind === 'a Date' ? ' Write a date as text, YYYY-MM-DD, such as `2022-04-05`.' : '';
  return {
    rule: 'wrong-type',
    path: ptr,
    message: `The value here is ${kind}, which a statement source cannot hold: it holds texts, numbers, \`true\`/\`false\`, lists and plain objects, as \`JSON.parse\` gives them.${date}`,
  };
}

/** An object whose prototype is a realm's `Object.prototype`, or none. */
function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value) as object | null;
  return proto === null || Object.getPrototypeOf(proto) === null;
}

function kindOf(value: object): string {
  const name = (Object.getPrototypeOf(value) as { constructor?: { name?: unknown } } | null)?.constructor?.name;
  return typeof name === 'string' && name !== '' ? `a ${name}` : 'an object of a class';
}
