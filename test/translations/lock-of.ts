import { analyze } from '../../src/compile.js';
import { acceptInLock, serializeLock, type AcceptScope } from '../../src/translations/lock.js';

/** The lock file of a statement whose translations are all accepted as they are (or those in scope). */
export function lockOf(text: string, scope: AcceptScope = {}, previous?: string): string {
  const input = analyze(text, { rules: [] }).input;
  if (!input) throw new Error('lockOf: the statement has errors');
  const old = previous === undefined ? undefined : JSON.parse(previous);
  return serializeLock(acceptInLock(input, old, scope).lock);
}
