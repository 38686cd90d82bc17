import { messagesIn, type MessageId, type MessageLanguage, type MessageValues, type Say } from '../messages/index.js';
import { limits } from './limits.js';
import { escapeSegment } from './pointer.js';

export interface GuardProblem {
  rule: 'nesting-too-deep' | 'input-too-large' | 'circular-value' | 'wrong-type';
  /** JSON Pointer of the value where the walk stopped. */
  path: string;
  message: string;
  messageId: MessageId;
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
 * rendered even if the caller's object changes meanwhile, and no getter runs twice. Messages
 * are in `options.lang` (default English).
 */
export function guardValue(root: unknown, options: { copy: boolean; lang?: MessageLanguage }): Guarded {
  const say = messagesIn(options.lang);
  const problemAt = (rule: GuardProblem['rule'], path: string, id: MessageId, values?: MessageValues): GuardProblem => ({ rule, path, message: say(id, values), messageId: id });
  let count = 0;
  const onPath = new Set<object>();
  const stack: Frame[] = [];
  let result: unknown;
  /** The value being read, for a getter or proxy that throws. */
  let current = '';

  const enter = (value: unknown, ptr: string, depth: number, assign: (v: unknown) => void): GuardProblem | undefined => {
    current = ptr;
    if (++count > limits.values) return problemAt('input-too-large', ptr, 'load.value.too-many', { count: limits.values });
    if (value === null || typeof value !== 'object') {
      if (typeof value === 'function' || typeof value === 'symbol' || typeof value === 'bigint') return notData(say, ptr, typeof value === 'bigint' ? say('load.value.kind.bigint') : typeof value === 'function' ? say('load.value.kind.function') : say('load.value.kind.symbol'), false);
      assign(value);
      return undefined;
    }
    if (onPath.has(value)) {
      return problemAt('circular-value', ptr, 'load.value.circular');
    }
    const list = Array.isArray(value);
    if (!list && !isPlainObject(value)) return notData(say, ptr, kindOf(say, value), value instanceof Date);
    if (depth >= limits.depth) {
      return problemAt('nesting-too-deep', ptr, 'load.value.too-deep', { count: limits.depth });
    }
    const keys = list ? undefined : Object.keys(value);
    const length = list ? (value as unknown[]).length : keys!.length;
    if (count + length > limits.values) return problemAt('input-too-large', ptr, 'load.value.too-many', { count: limits.values });
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
    return { problem: problemAt('wrong-type', current, 'load.value.unreadable', { error: error instanceof Error ? error.message : String(error) }) };
  }
  return { value: options.copy ? result : root };
}

function notData(say: Say, ptr: string, kind: string, date: boolean): GuardProblem {
  const id: MessageId = date ? 'load.value.date' : 'load.value.not-data';
  return { rule: 'wrong-type', path: ptr, message: say(id, { kind }), messageId: id };
}

/** An object whose prototype is a realm's `Object.prototype`, or none. */
function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value) as object | null;
  return proto === null || Object.getPrototypeOf(proto) === null;
}

function kindOf(say: Say, value: object): string {
  const name = (Object.getPrototypeOf(value) as { constructor?: { name?: unknown } } | null)?.constructor?.name;
  return typeof name === 'string' && name !== '' ? say('load.value.kind.class', { name }) : say('load.value.kind.unnamed-class');
}
