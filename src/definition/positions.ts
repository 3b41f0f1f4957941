/**
 * Position lookups in O(path length), with exactly the answers of Spectral's parsers.
 *
 * `@stoplight/yaml`'s and `@stoplight/json`'s `getLocationForJsonPath` search each mapping on
 * the path from scratch: the YAML one first copies the mapping's entries (expanding merge keys),
 * the JSON one scans the object's properties. Lint asks for a position for every finding, every
 * key-order check and every extension range, so on a definition with N operations that is
 * O(N) lookups of O(N) each. Here each mapping gets a key -> entry table the first time a lookup
 * passes through it, built with the same rules (which entry wins, merge keys, how a segment is
 * matched), and the range is computed from the node with the same arithmetic. A test holds the
 * answers equal to the originals on the corpus and the benchmark definitions.
 */
import type { JsonPath, Range } from '../core/finding.js';

export type Locate = (path: JsonPath, closest?: boolean) => { range: Range } | undefined;

/** Where the locator of a parse result is kept, so Spectral and the loader share one index. */
const locators = new WeakMap<object, Locate>();

export function locatorFor(result: object, format: 'json' | 'yaml'): Locate {
  let locate = locators.get(result);
  if (!locate) {
    locate = format === 'json' ? jsonLocator(result as JsonResult) : yamlLocator(result as YamlResult);
    locators.set(result, locate);
  }
  return locate;
}

/** Keeps a locator built with the parse (the JSON fast path's) as the one for its result. */
export function setLocator(result: object, locate: Locate): void {
  locators.set(result, locate);
}

// ------------------------------------------------------------------ YAML (@stoplight/yaml-ast-parser)

/** yaml-ast-parser's node kinds. */
const SCALAR = 0;
const MAPPING = 1;
const MAP = 2;
const SEQ = 3;
const ANCHOR_REF = 4;

interface YamlNode {
  kind: number;
  startPosition: number;
  endPosition: number;
  parent: YamlNode | null;
  key?: YamlNode | null;
  value?: YamlNode | null;
  mappings?: (YamlNode | null)[];
  items?: (YamlNode | null)[];
}

interface YamlResult {
  ast: YamlNode | null | undefined;
  lineMap: number[];
  metadata?: { mergeKeys?: boolean };
}

interface Table {
  byKey: Map<unknown, { entry: YamlNode; index: number }>;
  firstSafe: number;
}

function yamlLocator(result: YamlResult): Locate {
  const mergeKeys = result.metadata !== undefined && result.metadata.mergeKeys === true;
  const tables = new WeakMap<YamlNode, Table>();

  /**
   * The entry a lookup of `segment` finds: the original searches the (merged) entries from the
   * last one back, reading each entry's key. `firstSafe` is the index below which that search
   * would meet an entry without a key and throw; a hit at or above it is what it returns.
   */
  const tableOf = (map: YamlNode): Table => {
    let table = tables.get(map);
    if (!table) {
      const entries = entriesOf(map.mappings ?? [], mergeKeys);
      const byKey = new Map<unknown, { entry: YamlNode; index: number }>();
      let firstSafe = 0;
      entries.forEach((entry, index) => {
        if (!entry || !entry.key) firstSafe = index + 1;
        else byKey.set(keyOf(entry), { entry, index });
      });
      table = { byKey, firstSafe };
      tables.set(map, table);
    }
    return table;
  };

  const lookup = (map: YamlNode, segment: unknown): YamlNode | undefined => {
    const { byKey, firstSafe } = tableOf(map);
    const hit = byKey.get(segment);
    if (hit && hit.index >= firstSafe) return hit.entry;
    if (firstSafe > 0) throw new TypeError('YAML mapping entry without a key');
    return undefined;
  };

  const find = (path: JsonPath, closest: boolean): YamlNode | null | undefined => {
    let node = result.ast;
    for (const segment of path) {
      if (node === null || typeof node !== 'object') return closest ? node : undefined;
      if (node.kind === MAP) {
        const mapping = lookup(node, segment);
        if (!mapping) return closest ? node : undefined;
        node = mapping.value === null ? mapping.key : mapping.value;
      } else if (node.kind === SEQ) {
        const items = node.items!;
        const index = Number(segment);
        // A null item ends the search; a hole (undefined) is walked into, as the original does.
        const item = Number.isInteger(index) && index >= 0 && index < items.length ? items[index] : null;
        if (item === null) return closest ? node : undefined;
        node = item;
      } else {
        return closest ? node : undefined;
      }
    }
    return node;
  };

  return (path, closest = false) => {
    const node = find(path, closest);
    if (node === undefined) return undefined;
    const lineMap = result.lineMap;
    return rangeFromOffsets(lineMap, yamlStart(node!, lineMap.length > 0 ? lineMap[0]! : 0), yamlEnd(node!));
  };
}

/** A mapping entry's key as written (a scalar's value; reading it throws, as in the original, when there is no key). */
function keyOf(mapping: YamlNode): unknown {
  return (mapping.key as unknown as { value: unknown }).value;
}

/** A mapping's entries in lookup order; with merge keys, `<<` is replaced by the merged mappings' entries. */
function entriesOf(mappings: (YamlNode | null)[], mergeKeys: boolean): (YamlNode | null)[] {
  if (!mergeKeys) return mappings;
  const out: (YamlNode | null)[] = [];
  for (const mapping of mappings) {
    if (mapping === null || typeof mapping !== 'object') continue;
    if (keyOf(mapping) === '<<') out.push(...mergedEntries(mapping.value));
    else out.push(mapping);
  }
  return out;
}

/** A merge key's value: a map's entries, an alias's target's, or a sequence's, last item first. */
function mergedEntries(node: YamlNode | null | undefined): (YamlNode | null)[] {
  if (node === null || typeof node !== 'object') return [];
  switch (node.kind) {
    case SEQ: {
      const out: (YamlNode | null)[] = [];
      const items = node.items!;
      for (let i = items.length - 1; i >= 0; i--) out.push(...mergedEntries(items[i]));
      return out;
    }
    case MAP:
      return node.mappings!;
    case ANCHOR_REF:
      return mergedEntries(node.value);
    default:
      return [];
  }
}

function yamlStart(node: YamlNode, firstLineOffset: number): number {
  const parent = node.parent;
  if (parent && parent.kind === MAPPING) {
    if (parent.value === null) return parent.endPosition;
    if (node.kind !== SCALAR) return parent.key!.endPosition + 1;
  }
  if (parent === null && firstLineOffset - node.startPosition === 0) return 0;
  return node.startPosition;
}

function yamlEnd(node: YamlNode): number {
  switch (node.kind) {
    case SEQ: {
      const items = node.items!;
      if (items.length !== 0) {
        const last = items[items.length - 1];
        if (last !== null && last !== undefined) return yamlEnd(last);
      }
      break;
    }
    case MAPPING:
      if (node.value !== null) return yamlEnd(node.value!);
      break;
    case MAP:
      if (node.value !== null && node.mappings!.length !== 0)
        return yamlEnd(node.mappings![node.mappings!.length - 1]!);
      break;
    case SCALAR:
      if (node.parent !== null && node.parent.kind === MAPPING && node.parent.value === null)
        return node.parent.endPosition;
      break;
  }
  return node.endPosition;
}

/** @stoplight/yaml's `lineForPosition`: its binary search, including its answers at line ends. */
function lineForPosition(pos: number, lines: number[], start = 0, end?: number): number {
  if (pos === 0 || lines.length === 0 || pos < lines[0]!) return 0;
  if (end === undefined) end = lines.length;
  const target = Math.floor((end - start) / 2) + start;
  if (pos >= lines[target]! && !lines[target + 1]) return target + 1;
  const nextLinePos = lines[Math.min(target + 1, lines.length)]!;
  if (pos === lines[target]! - 1) return target;
  if (pos >= lines[target]! && pos <= nextLinePos) return pos === nextLinePos ? target + 2 : target + 1;
  return pos > lines[target]!
    ? lineForPosition(pos, lines, target + 1, end)
    : lineForPosition(pos, lines, start, target - 1);
}

function rangeFromOffsets(lineMap: number[], start: number, end: number): { range: Range } {
  const startLine = lineForPosition(start, lineMap);
  const endLine = lineForPosition(end, lineMap);
  return {
    range: {
      start: { line: startLine, character: start - (startLine === 0 ? 0 : lineMap[startLine - 1]!) },
      end: { line: endLine, character: end - (endLine === 0 ? 0 : lineMap[endLine - 1]!) },
    },
  };
}

// ------------------------------------------------------------------ JSON (@stoplight/json, jsonc-parser)

interface JsonNode {
  type: string;
  value?: unknown;
  children?: JsonNode[];
  range?: Range;
}

interface JsonResult {
  ast: JsonNode | undefined;
}

function jsonLocator(result: JsonResult): Locate {
  const tables = new WeakMap<JsonNode, Map<string, JsonNode>>();

  /** The first property with that key that has a value (as the original's forward scan finds it). */
  const tableOf = (object: JsonNode): Map<string, JsonNode> => {
    let table = tables.get(object);
    if (!table) {
      table = new Map();
      for (const property of object.children!) {
        const parts = property.children;
        if (!Array.isArray(parts) || parts.length !== 2) continue;
        const key = String(parts[0]!.value);
        if (!table.has(key)) table.set(key, parts[1]!);
      }
      tables.set(object, table);
    }
    return table;
  };

  const find = (path: JsonPath, closest: boolean): JsonNode | undefined => {
    let node = result.ast!;
    for (const raw of path) {
      // The original's reading of a segment: anything that reads as an integer is that number.
      const segment = Number.isInteger(Number(raw)) ? Number(raw) : raw;
      if (typeof segment === 'string' || node.type !== 'array') {
        if (node.type !== 'object' || !Array.isArray(node.children)) return closest ? node : undefined;
        const next = tableOf(node).get(String(segment));
        if (!next) return closest ? node : undefined;
        node = next;
        continue;
      }
      if (segment < 0 || !Array.isArray(node.children) || segment >= node.children.length)
        return closest ? node : undefined;
      node = node.children[segment]!;
    }
    return node;
  };

  return (path, closest = false) => {
    const node = find(path, closest);
    if (node === undefined || node.range === undefined) return undefined;
    return { range: node.range };
  };
}
