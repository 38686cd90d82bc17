/**
 * Bounds on what a statement source may be. Generous for real statements (the largest seed
 * is about 16 kB of prose), bounded so that a hostile or broken file cannot exhaust memory or
 * time. The schema adds per-field bounds (string lengths, list sizes).
 */
export const limits = {
  /** Bytes of source text. */
  inputBytes: 2 * 1024 * 1024,
  /** YAML alias expansions (`*anchor`) when building the value: stops "billion laughs". */
  aliasCount: 200,
  /** Nesting of maps and lists. The format itself needs about 8. */
  depth: 32,
  /**
   * Values (texts, numbers, lists, maps, list items) in the whole input, counting a value
   * each time an alias or a shared object repeats it: no file within `inputBytes` holds more
   * without aliases, since every value takes at least a byte.
   */
  values: 2 * 1024 * 1024,
} as const;
