/** JSON Pointer (RFC 6901) helpers. */

export function escapeSegment(segment: string | number): string {
  const s = String(segment);
  return s.includes('~') || s.includes('/') ? s.replace(/~/g, '~0').replace(/\//g, '~1') : s;
}

export function unescapeSegment(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

export function pointer(...segments: (string | number)[]): string {
  return segments.map((s) => '/' + escapeSegment(s)).join('');
}

export function join(base: string, ...segments: (string | number)[]): string {
  return base + pointer(...segments);
}

export function segments(ptr: string): string[] {
  if (ptr === '') return [];
  return ptr.slice(1).split('/').map(unescapeSegment);
}

export function parent(ptr: string): string {
  const i = ptr.lastIndexOf('/');
  return i <= 0 ? '' : ptr.slice(0, i);
}

/** The value at a pointer, or undefined. Own properties only: `__proto__` is data, not a prototype. */
export function valueAt(root: unknown, ptr: string): unknown {
  let node: unknown = root;
  for (const seg of segments(ptr)) {
    if (node === null || typeof node !== 'object') return undefined;
    if (!Object.prototype.hasOwnProperty.call(node, seg)) return undefined;
    node = (node as Record<string, unknown>)[seg];
  }
  return node;
}
