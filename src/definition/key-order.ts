/**
 * Source key order for the few mappings where JavaScript would change it.
 *
 * Spectral's parsers can return every mapping as a Proxy that keeps source order (their
 * `preserveKeyOrder`); on a 4 MB definition that costs about 0.1 s to build and makes every later
 * walk 4 times slower. A plain object keeps insertion order except for integer-like keys
 * (`"200"`, `"404"`), which JavaScript lists first, in ascending order. So the loader parses into
 * plain objects and gives an order-keeping object (the same kind Spectral's parsers make) only
 * to mappings with such keys whose written order differs: response maps written `404` before
 * `200`, or `default` before `200`.
 */
import { createOrderedObject, isIndexKey } from '../core/ordered-object.js';
import type { JsonPath, Range } from '../core/finding.js';

/**
 * Replaces, in `data`, each mapping whose keys JavaScript reorders with an order-keeping copy in
 * written order. `locate` gives a key's place in the source. Returns the (possibly replaced) root.
 */
export function restoreSourceKeyOrder(data: unknown, locate: (path: JsonPath) => Range | undefined): unknown {
  const replaced = new Map<object, object>();
  const seen = new Set<object>();
  const path: (string | number)[] = [];

  const visit = (node: unknown): unknown => {
    if (node === null || typeof node !== 'object') return node;
    const done = replaced.get(node);
    if (done) return done;
    if (seen.has(node)) return node;
    seen.add(node);
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        path.push(i);
        const value = visit(node[i]);
        if (value !== node[i]) node[i] = value;
        path.pop();
      }
      return node;
    }
    const record = node as Record<string, unknown>;
    const keys = Object.keys(record);
    for (const key of keys) {
      path.push(key);
      const value = visit(record[key]);
      if (value !== record[key]) record[key] = value;
      path.pop();
    }
    // Index keys come first in JavaScript's order: if the first key is not one, nothing moved.
    if (keys.length < 2 || !isIndexKey(keys[0]!)) return node;
    const written = writtenOrder(keys, path, locate);
    if (written.every((key, i) => key === keys[i])) return node;
    const ordered = createOrderedObject(record, written);
    replaced.set(node, ordered);
    return ordered;
  };
  return visit(data);
}

/**
 * `restoreSourceKeyOrder` for data that is a tree (`JSON.parse`'s: no node reached twice), so no
 * bookkeeping of visited nodes, and, for the JSON fast path (json-fast.ts), the number of keys
 * seen (fewer than the text's members means a duplicate key). Answers `undefined` when an object
 * has an own `__proto__` key. Keys are counted with `for...in`, which allocates no key array
 * (JSON.parse's objects inherit no enumerable key; one that did would only fail the count).
 */
export function restoreTreeKeyOrder(
  data: unknown,
  order: (path: JsonPath, keys: string[]) => string[],
): { data: unknown; keys: number } | undefined {
  const path: (string | number)[] = [];
  let total = 0;
  let proto = false;
  /** Visits `container[key]` and puts its replacement (an order-keeping copy) in its place. */
  const visitChild = (container: Record<string | number, unknown>, key: string | number): void => {
    const child = container[key];
    if (child === null || typeof child !== 'object') return;
    path.push(key);
    const value = visit(child);
    if (value !== child) container[key] = value;
    path.pop();
  };
  const visit = (node: object): object => {
    if (proto) return node;
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) visitChild(node as unknown as Record<number, unknown>, i);
      return node;
    }
    const record = node as Record<string, unknown>;
    if (Object.prototype.hasOwnProperty.call(record, '__proto__')) proto = true;
    let count = 0;
    let first = '';
    for (const key in record) {
      if (count++ === 0) first = key;
      visitChild(record, key);
    }
    total += count;
    // Index keys come first in JavaScript's order: if the first key is not one, nothing moved.
    if (count < 2 || !isIndexKey(first)) return node;
    const keys = Object.keys(record);
    const written = order(path, keys);
    return written.every((key, i) => key === keys[i]) ? node : createOrderedObject(record, written);
  };
  const root = data !== null && typeof data === 'object' ? visit(data) : data;
  return proto ? undefined : { data: root, keys: total };
}

/** Keys sorted by where they are written; a key without a place (merged in with `<<`) keeps its relative position at the end. */
function writtenOrder(keys: string[], path: JsonPath, locate: (path: JsonPath) => Range | undefined): string[] {
  const at = keys.map((key, index) => ({ key, index, range: locate([...path, key]) }));
  const rank = (r: Range | undefined) => (r ? r.start.line * 1e7 + r.start.character : Number.MAX_SAFE_INTEGER);
  return at.sort((a, b) => rank(a.range) - rank(b.range) || a.index - b.index).map((k) => k.key);
}
