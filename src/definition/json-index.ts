/**
 * Positions in a JSON text without an AST.
 *
 * jsonc-parser (through `@stoplight/json`) builds a node with a range for every value of a file;
 * on a 21 MB definition that is millions of objects, most of them never asked for. Here one pass
 * over the text records where each object and array opens and closes (the same pass measures the
 * nesting depth, and counts members so the fast parse can tell a duplicate key), and a lookup
 * reads only the objects on its path, each once: a key -> value table built on first use by
 * scanning that object's members and jumping over nested containers.
 *
 * Only for text `JSON.parse` accepts (json-fast.ts): there every token is on one line and the only
 * whitespace is space, tab, CR and LF, so a range is two offsets turned into lines the way
 * jsonc-parser's scanner counts them (LF, CRLF or a lone CR ends a line).
 */
import type { JsonPath, Range } from '../core/finding.js';
import type { LimitHit } from './parse-limits.js';
import type { Locate } from './positions.js';

export interface JsonStructure {
  /** Offset of each `{` / `[`, in document order. */
  opens: Int32Array<ArrayBuffer>;
  /** Offset of the matching `}` / `]`, same index. */
  closes: Int32Array<ArrayBuffer>;
  /** How many containers were seen. */
  count: number;
  /** Colons outside strings: one per object member in valid JSON. */
  members: number;
}

/**
 * One pass over a JSON text (strings skipped): the first place nesting passes `maxDepth`, else
 * the containers and the member count. Tolerates invalid text (the brackets may not match; only
 * the depth answer is then meaningful).
 */
export function scanJson(text: string, maxDepth: number): { hit?: LimitHit; structure?: JsonStructure } {
  const length = text.length;
  let opens = new Int32Array(Math.max(16, length >> 6));
  let closes = new Int32Array(opens.length);
  const stack = new Int32Array(maxDepth + 2);
  let count = 0;
  let members = 0;
  let depth = 0;
  let open = 0; // containers open on `stack` (never below 0, unlike `depth` on unbalanced text)
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      // A string ends at the first quote not escaped by an odd run of backslashes.
      let end = text.indexOf('"', i + 1);
      while (end !== -1) {
        let slashes = 0;
        for (let k = end - 1; text.charCodeAt(k) === 0x5c; k--) slashes++;
        if ((slashes & 1) === 0) break;
        end = text.indexOf('"', end + 1);
      }
      if (end === -1) break;
      i = end;
    } else if (c === 0x7b || c === 0x5b) {
      if (++depth > maxDepth) return { hit: depthHit(maxDepth, i) };
      if (count === opens.length) {
        opens = grow(opens);
        closes = grow(closes);
      }
      opens[count] = i;
      closes[count] = -1;
      stack[open++] = count++;
    } else if (c === 0x7d || c === 0x5d) {
      depth--;
      if (open > 0) closes[stack[--open]!] = i;
    } else if (c === 0x3a) members++;
  }
  return { structure: { opens, closes, count, members } };
}

function depthHit(maxDepth: number, offset: number): LimitHit {
  return { message: `nested more than ${maxDepth} levels deep (raise the limit with --max-depth)`, offset };
}

function grow(array: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}

const OBJECT = 0x7b;
const ARRAY = 0x5b;

/**
 * A locator over valid JSON text with the answers of `@stoplight/json`'s `getLocationForJsonPath`
 * (and of positions.ts's table over its AST): the same reading of each segment, the first member
 * with a key, the value's range.
 */
export interface JsonIndex {
  locate: Locate;
  /** The keys of the mapping at `path` in written order (see key-order.ts `writtenOrder`). */
  writtenOrder(path: JsonPath, keys: string[]): string[];
}

export function jsonIndex(text: string, structure: JsonStructure): JsonIndex {
  const { opens, closes, count } = structure;
  const objects = new Map<number, Map<string, number>>();
  const arrays = new Map<number, number[]>();
  let lineStarts: number[] | undefined;

  const skipSpace = (i: number): number => {
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) i++;
      else return i;
    }
  };

  /** The index just past the string that opens at `start`. */
  const stringEnd = (start: number): number => {
    let end = text.indexOf('"', start + 1);
    for (;;) {
      let slashes = 0;
      for (let k = end - 1; text.charCodeAt(k) === 0x5c; k--) slashes++;
      if ((slashes & 1) === 0) return end + 1;
      end = text.indexOf('"', end + 1);
    }
  };

  const closeOf = (start: number): number => {
    let lo = 0;
    let hi = count - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const at = opens[mid]!;
      if (at === start) return closes[mid]!;
      if (at < start) lo = mid + 1;
      else hi = mid - 1;
    }
    throw new Error(`internal: no container at offset ${start}`);
  };

  /** The index just past the value that starts at `start`. */
  const valueEnd = (start: number): number => {
    const c = text.charCodeAt(start);
    if (c === OBJECT || c === ARRAY) return closeOf(start) + 1;
    if (c === 0x22) return stringEnd(start);
    let i = start + 1;
    for (;;) {
      const d = text.charCodeAt(i);
      // A number or a literal ends at a separator, a closing bracket, whitespace or the end.
      if (d === 0x2c || d === 0x7d || d === 0x5d || d === 0x20 || d === 0x0a || d === 0x0d || d === 0x09 || d !== d)
        return i;
      i++;
    }
  };

  const keyAt = (start: number, end: number): string => {
    const raw = text.slice(start + 1, end - 1);
    return raw.includes('\\') ? (JSON.parse(text.slice(start, end)) as string) : raw;
  };

  /** Key -> offset of its value; the first member with a key wins. */
  const membersOf = (start: number): Map<string, number> => {
    let table = objects.get(start);
    if (table) return table;
    table = new Map();
    objects.set(start, table);
    let i = skipSpace(start + 1);
    if (text.charCodeAt(i) === 0x7d) return table;
    for (;;) {
      const keyEnd = stringEnd(i);
      const key = keyAt(i, keyEnd);
      const value = skipSpace(skipSpace(keyEnd) + 1);
      if (!table.has(key)) table.set(key, value);
      i = skipSpace(valueEnd(value));
      if (text.charCodeAt(i) !== 0x2c) return table;
      i = skipSpace(i + 1);
    }
  };

  const itemsOf = (start: number): number[] => {
    let items = arrays.get(start);
    if (items) return items;
    items = [];
    arrays.set(start, items);
    let i = skipSpace(start + 1);
    if (text.charCodeAt(i) === 0x5d) return items;
    for (;;) {
      items.push(i);
      i = skipSpace(valueEnd(i));
      if (text.charCodeAt(i) !== 0x2c) return items;
      i = skipSpace(i + 1);
    }
  };

  /** One step of a lookup: the value `raw` names in the container at `node`. */
  const step = (node: number, raw: string | number): number | undefined => {
    // The original's reading of a segment: anything that reads as an integer is that number.
    const segment = Number.isInteger(Number(raw)) ? Number(raw) : raw;
    const kind = text.charCodeAt(node);
    if (typeof segment === 'string' || kind !== ARRAY)
      return kind === OBJECT ? membersOf(node).get(String(segment)) : undefined;
    const items = itemsOf(node);
    return segment < 0 || segment >= items.length ? undefined : items[segment];
  };

  const find = (path: JsonPath, closest: boolean): number | undefined => {
    let node = skipSpace(0);
    for (const raw of path) {
      const next = step(node, raw);
      if (next === undefined) return closest ? node : undefined;
      node = next;
    }
    return node;
  };

  const positionOf = (offset: number): { line: number; character: number } => {
    lineStarts ??= linesOf(text);
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: offset - lineStarts[lo]! };
  };

  const locate: Locate = (path, closest = false) => {
    const start = find(path, closest);
    if (start === undefined) return undefined;
    const range: Range = { start: positionOf(start), end: positionOf(valueEnd(start)) };
    return { range };
  };

  /**
   * key-order.ts `writtenOrder` with this locator (each key ranked by the start of
   * `locate([...path, key], true)`, ties in the given order), looking the mapping up once.
   */
  const writtenOrder = (path: JsonPath, keys: string[]): string[] => {
    const node = find(path, false);
    // A path that does not resolve places every key at the same ancestor: nothing moves.
    if (node === undefined) return keys;
    const rank = (offset: number) => {
      const at = positionOf(offset);
      return at.line * 1e7 + at.character;
    };
    return keys
      .map((key, index) => ({ key, index, rank: rank(step(node, key) ?? node) }))
      .sort((a, b) => a.rank - b.rank || a.index - b.index)
      .map((k) => k.key);
  };

  return { locate, writtenOrder };
}

/** Where each line starts, as jsonc-parser's scanner counts lines: after LF, after CRLF, after a lone CR. */
function linesOf(text: string): number[] {
  const starts = [0];
  if (!text.includes('\r')) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    return starts;
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) starts.push(i + 1);
    else if (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a) starts.push(i + 1);
  }
  return starts;
}
