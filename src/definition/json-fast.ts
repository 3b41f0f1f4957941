/**
 * The JSON fast path: the data from `JSON.parse` (native, several times faster than jsonc-parser
 * building an AST and the data), positions from json-index.ts when one is asked for.
 *
 * It is taken only where it yields exactly what `@stoplight/json`'s `parseWithPointers` yields;
 * everything else goes the old way, which reports it as before:
 * - text `JSON.parse` refuses (syntax errors, comments, trailing commas, other whitespace):
 *   jsonc-parser accepts a superset of JSON, so the old parser gives the data or the diagnostics;
 * - nesting too deep for the walk's stack (only under a raised `--max-depth`);
 * - a duplicate key (fewer keys in the data than members in the text): the old parser reports it
 *   (apigw-duplicate-key) with its place;
 * - a `__proto__` key: `JSON.parse` makes it an own property, the old parser's assignment sets the
 *   object's prototype instead.
 * Numbers and strings read the same: both use `Number()`'s and the JSON escapes' reading.
 */
import { parseWithPointers } from '@stoplight/json';
import { jsonIndex, type JsonStructure } from './json-index.js';
import { restoreTreeKeyOrder } from './key-order.js';
import type { Locate } from './positions.js';

export interface FastJsonResult {
  /** The parser result handed to Spectral: `data` and (no) `diagnostics`. */
  result: { data: unknown; diagnostics: never[] };
  locate: Locate;
}

/** The fast parse of `text`, or undefined when the old parser must read it (see above). */
export function parseJsonFast(text: string, structure: JsonStructure): FastJsonResult | undefined {
  const { locate, writtenOrder } = jsonIndex(text, structure);
  let restored: ReturnType<typeof restoreTreeKeyOrder>;
  try {
    restored = restoreTreeKeyOrder(JSON.parse(text), writtenOrder);
  } catch {
    // A syntax error, or nesting deeper than the stack (under a raised --max-depth): the old
    // parser reports either as before.
    return undefined;
  }
  if (!restored || restored.keys !== structure.members) return undefined;
  const result = { data: restored.data, diagnostics: [] as never[] };
  // Nothing in apigw reads the AST of a fast parse; a reader that wants one (a test comparing
  // with the original lookup) gets the old parser's, built on first use.
  let full: { ast: unknown; lineMap: unknown } | undefined;
  const original = () => (full ??= parseWithPointers(text, { ignoreDuplicateKeys: false, preserveKeyOrder: false }));
  Object.defineProperty(result, 'ast', { get: () => original().ast, enumerable: false });
  Object.defineProperty(result, 'lineMap', { get: () => original().lineMap, enumerable: false });
  return { result, locate };
}
