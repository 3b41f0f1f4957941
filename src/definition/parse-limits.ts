/**
 * Bounds on what parsing a hostile file may cost, checked where the parsers cannot: nesting depth
 * (the parsers and every later walk recurse, so 10k levels would overflow the stack) and YAML
 * aliases (the YAML parser copies an aliased node at each use, so nine levels of nine aliases in
 * 500 bytes expand to 387 million nodes). Each check answers with the offset to blame, so the
 * error names a line and column.
 * (JSON's depth is measured by the pass that indexes its text: json-index.ts `scanJson`.)
 */
import { Kind, load, type YAMLNode } from '@stoplight/yaml-ast-parser';

export interface ParseLimits {
  /** Deepest nesting of mappings and sequences (default 500; real definitions stay under 60). */
  maxDepth: number;
  /** Most alias nodes (`*name`, `<<: *name`) in one file (default 10,000). */
  maxAliases: number;
  /** Most nodes a file may hold once its aliases are expanded (default 2,000,000). */
  maxExpandedNodes: number;
}

export const DEFAULT_PARSE_LIMITS: ParseLimits = { maxDepth: 500, maxAliases: 10_000, maxExpandedNodes: 2_000_000 };

/** The limits a load runs under: the defaults, raised by `--max-depth` and `--max-aliases`. */
export function parseLimitsFor(options: { maxDepth?: number; maxAliases?: number }): ParseLimits {
  return {
    ...DEFAULT_PARSE_LIMITS,
    ...(options.maxDepth ? { maxDepth: options.maxDepth } : {}),
    // One knob for aliases: the expanded size grows with the count allowed.
    ...(options.maxAliases
      ? {
          maxAliases: options.maxAliases,
          maxExpandedNodes: Math.max(DEFAULT_PARSE_LIMITS.maxExpandedNodes, options.maxAliases * 200),
        }
      : {}),
  };
}

export interface LimitHit {
  message: string;
  offset: number;
}

/**
 * YAML nesting estimated on the text, for when the parser itself ran out of stack: flow brackets
 * outside quotes plus the block indentation levels open at each line. Only used to place the error.
 */
export function yamlDepthOffset(text: string, maxDepth: number): number {
  const indents: number[] = [];
  let flow = 0;
  let offset = 0;
  for (const line of text.split('\n')) {
    const indent = line.length - line.trimStart().length;
    if (line.trim() !== '' && !line.trimStart().startsWith('#') && flow === 0) {
      while (indents.length > 0 && indents[indents.length - 1]! >= indent) indents.pop();
      indents.push(indent);
    }
    let quote = '';
    for (let i = indent; i < line.length; i++) {
      const ch = line[i]!;
      if (quote) {
        if (ch === quote) quote = '';
      } else if (ch === '"' || ch === "'") quote = ch;
      else if (ch === '#' && (i === 0 || /\s/.test(line[i - 1]!))) break;
      else if (ch === '[' || ch === '{') {
        if (++flow + indents.length > maxDepth) return offset + i;
      } else if (ch === ']' || ch === '}') flow = Math.max(0, flow - 1);
    }
    if (flow + indents.length > maxDepth) return offset + indent;
    offset += line.length + 1;
  }
  return 0;
}

/** Depth of plain parsed data, walked without recursion; the path of the first node too deep. */
export function dataDepthHit(data: unknown, maxDepth: number): (string | number)[] | undefined {
  interface Entry {
    node: unknown;
    depth: number;
    key?: string | number;
    parent?: Entry;
  }
  const stack: Entry[] = [{ node: data, depth: 0 }];
  while (stack.length > 0) {
    const entry = stack.pop()!;
    const { node, depth } = entry;
    if (node === null || typeof node !== 'object') continue;
    if (depth >= maxDepth) {
      const path: (string | number)[] = [];
      for (let e: Entry | undefined = entry; e?.parent; e = e.parent) path.unshift(e.key!);
      return path;
    }
    if (Array.isArray(node))
      node.forEach((item, i) => stack.push({ node: item, depth: depth + 1, key: i, parent: entry }));
    else
      for (const key of Object.keys(node))
        stack.push({ node: (node as Record<string, unknown>)[key], depth: depth + 1, key, parent: entry });
  }
  return undefined;
}

/** A cheap look for an anchor (`&name`): without one there is no alias to expand. */
export function mayHaveAliases(text: string): boolean {
  return /(^|[\s[{,:-])&[^\s,[\]{}]/.test(text);
}

/**
 * Counts aliases and the size and depth of the document with every alias expanded, on the YAML
 * AST (shared nodes measured once), before the data is built from it.
 */
export function yamlAliasHit(text: string, limits: ParseLimits): LimitHit | undefined {
  let ast: YAMLNode | undefined;
  try {
    ast = load(text) as YAMLNode | undefined;
  } catch {
    return undefined; // the real parse reports it
  }
  if (!ast) return undefined;
  const size = new Map<YAMLNode, number>();
  const depth = new Map<YAMLNode, number>();
  const open = new Set<YAMLNode>();
  let aliases = 0;
  const children = (node: YAMLNode): YAMLNode[] => {
    switch (node.kind) {
      case Kind.MAP:
        return ((node.mappings ?? []) as YAMLNode[]).filter(Boolean);
      case Kind.MAPPING:
        return [node.key, node.value].filter(Boolean) as YAMLNode[];
      case Kind.SEQ:
        return ((node as unknown as { items: YAMLNode[] }).items ?? []).filter(Boolean);
      case Kind.ANCHOR_REF:
        return node.value ? [node.value as YAMLNode] : [];
      default:
        return [];
    }
  };
  // Post-order without recursion: a node is measured once all its children are.
  const stack: Array<{ node: YAMLNode; expanded: boolean }> = [{ node: ast, expanded: false }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    const { node } = top;
    if (size.has(node)) {
      stack.pop();
      continue;
    }
    const kids = children(node);
    if (!top.expanded) {
      top.expanded = true;
      open.add(node);
      if (node.kind === Kind.ANCHOR_REF && ++aliases > limits.maxAliases) {
        return {
          message: `has more than ${limits.maxAliases} aliases (raise the limit with --max-aliases)`,
          offset: node.startPosition,
        };
      }
      for (const kid of kids) {
        if (open.has(kid))
          return {
            message: 'alias refers to a node that contains it (an endless document)',
            offset: node.startPosition,
          };
        if (!size.has(kid)) stack.push({ node: kid, expanded: false });
      }
      continue;
    }
    stack.pop();
    open.delete(node);
    const isAlias = node.kind === Kind.ANCHOR_REF;
    const total = kids.reduce((sum, kid) => sum + (size.get(kid) ?? 0), isAlias ? 0 : 1);
    const deepest =
      kids.reduce((max, kid) => Math.max(max, depth.get(kid) ?? 0), 0) +
      (node.kind === Kind.MAP || node.kind === Kind.SEQ ? 1 : 0);
    if (total > limits.maxExpandedNodes) {
      return {
        message: `aliases expand this document past ${limits.maxExpandedNodes} nodes (raise the limit with --max-aliases)`,
        offset: node.startPosition,
      };
    }
    if (deepest > limits.maxDepth) return depthHit(limits.maxDepth, node.startPosition);
    size.set(node, total);
    depth.set(node, deepest);
  }
  return undefined;
}

function depthHit(maxDepth: number, offset: number): LimitHit {
  return { message: `nested more than ${maxDepth} levels deep (raise the limit with --max-depth)`, offset };
}
