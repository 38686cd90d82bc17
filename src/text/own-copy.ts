/**
 * A copy of `text` that keeps nothing else alive, for keys and values of caches that live as
 * long as the process.
 *
 * V8 keeps a substring as a reference into the string it was cut from, and a concatenation as a
 * reference to its parts. The words that the caches keep are cut from a whole statement's text:
 * kept as they are, every cached word would keep its whole statement for as long as the cache
 * lives.
 */
export function ownCopy(text: string): string {
  // Shorter strings are copied whole by V8 anyway. For longer ones, the concatenation is
  // flattened into a new string when it is cut, so the result refers to that copy alone.
  return text.length < 13 ? text : (' ' + text).slice(1);
}
