/**
 * Paths for comparing two position lookups (test/definition/positions.test.ts, json-fast.test.ts).
 */
import type { JsonPath } from '../../src/core/finding.js';

/** Segments appended to each path to reach nothing: a missing key, an index past the end, a key under a scalar. */
export const MISSES: readonly JsonPath[] = [['no such key'], [7, 'x'], ['0']];

/**
 * Every path to a value in `data` (an alias shared by two places is visited at both, to depth 64),
 * plus, per container, the paths `misses` lead to. `every` > 1 checks a deterministic 1-in-`every`
 * share of the deeper paths, to bound the time the original's O(N) lookups take on 4 MB definitions.
 */
export function* pathsOf(data: unknown, every = 1, misses: readonly JsonPath[] = MISSES): Generator<JsonPath> {
  let count = 0;
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value: data, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (path.length <= 3 || count++ % every === 0) {
      yield path;
      for (const miss of misses) yield [...path, ...miss];
    }
    if (value === null || typeof value !== 'object' || path.length > 64) continue;
    const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
    for (const [key, child] of entries) stack.push({ value: child, path: [...path, key] });
  }
}
