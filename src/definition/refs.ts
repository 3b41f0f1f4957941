/**
 * `$ref` handling across files: parsing a reference, following JSON pointers (through further
 * refs), building the resolved view (recursive schemas become cyclic object graphs), and mapping a
 * path in that view back to the file and node the user wrote.
 */
import { dirname, isAbsolute, resolve } from 'node:path';
import type { JsonPath } from '../core/finding.js';
import { isIntrinsicKey, subString } from './intrinsics.js';
import { hasWrittenOrder, keysOf } from './keys.js';
import type { FileRef, SourceFile } from './types.js';

export interface RefTarget {
  file: string;
  pointer: string[];
}

/**
 * Targets already parsed, by file and ref: the loader, the resolved view and the structure check
 * each follow every `$ref`, and a large definition repeats the same few (`#/components/schemas/X`)
 * thousands of times. Frozen, so no caller can change what the next one gets.
 */
const parsedRefs = new Map<string, Map<string, Readonly<RefTarget> | undefined>>();

/** `#/a/b`, `other.yaml`, `other.yaml#/a/b`; undefined for remote (http) refs. */
export function parseRef(ref: string, fromFile: string): Readonly<RefTarget> | undefined {
  // A relative `fromFile` resolves against the working folder, which may change: not kept.
  if (!isAbsolute(fromFile)) return parseNewRef(ref, fromFile);
  let known = parsedRefs.get(fromFile);
  if (!known) {
    if (parsedRefs.size > 1000) parsedRefs.clear();
    parsedRefs.set(fromFile, (known = new Map()));
  }
  if (known.has(ref)) return known.get(ref);
  if (known.size > 100_000) known.clear();
  const target = parseNewRef(ref, fromFile);
  known.set(ref, target);
  return target;
}

function parseNewRef(ref: string, fromFile: string): Readonly<RefTarget> | undefined {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(ref)) return undefined;
  const hash = ref.indexOf('#');
  const filePart = hash === -1 ? ref : ref.slice(0, hash);
  const fragment = hash === -1 ? '' : ref.slice(hash + 1);
  const file = filePart === '' ? fromFile : resolve(dirname(fromFile), decodeFilePart(filePart));
  return Object.freeze({ file, pointer: Object.freeze(decodePointer(fragment)) as string[] });
}

/** `%20` and friends decoded; a malformed escape (`%zz`) is kept as written (it then names no file). */
function decodeFilePart(text: string): string {
  try {
    return decodeURI(text);
  } catch {
    return text;
  }
}

export function decodePointer(fragment: string): string[] {
  if (fragment === '' || fragment === '/') return fragment === '/' ? [''] : [];
  let text = fragment;
  try {
    text = decodeURIComponent(fragment);
  } catch {
    /* keep the raw text: a lone % is legal in a key */
  }
  return text
    .replace(/^\//, '')
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

export function isRefObject(node: unknown): node is { $ref: string } {
  return (
    node !== null &&
    typeof node === 'object' &&
    !Array.isArray(node) &&
    typeof (node as { $ref?: unknown }).$ref === 'string'
  );
}

export type FileLookup = (path: string) => SourceFile | undefined;

export interface Deref {
  file: string;
  /** Path inside `file` of the target node. */
  path: string[];
  node: unknown;
}

/** The node a ref points at, following refs met along the pointer; undefined when it does not exist. */
export function deref(target: RefTarget, files: FileLookup, hops = 0): Deref | undefined {
  const source = files(target.file);
  if (!source || hops > 64) return undefined;
  let node: unknown = source.data;
  let file = target.file;
  let path: string[] = [];
  for (let i = 0; i < target.pointer.length; i++) {
    if (isRefObject(node)) {
      const next = parseRef(node.$ref, file);
      const hop = next && deref(next, files, hops + 1);
      if (!hop) return undefined;
      ({ file, path, node } = hop);
      path = [...path];
    }
    const segment = target.pointer[i];
    if (node === null || typeof node !== 'object' || !Object.prototype.hasOwnProperty.call(node, segment))
      return undefined;
    node = (node as Record<string, unknown>)[segment];
    path.push(segment);
  }
  return { file, path, node };
}

export class CircularRefError extends Error {
  constructor(readonly chain: string[]) {
    super(`circular $ref: ${chain.join(' -> ')}`);
  }
}

/** A `$ref` inside an extension value (or to the whole document) that leads back into itself: left unresolved. */
export interface ExtensionCycle {
  file: string;
  /** Path of the `{ $ref }` object inside `file`. */
  path: (string | number)[];
  ref: string;
  /** The extension whose value holds it; undefined for a ref to the whole document elsewhere. */
  extension?: string;
}

/**
 * The whole document with refs replaced by their targets. Objects are shared, not copied per use,
 * so recursive schemas resolve to cycles instead of looping. `Fn::Sub` objects become their string.
 * A chain made only of refs that comes back to itself (`A: {$ref: B}`, `B: {$ref: A}`) has no value
 * at all and throws CircularRefError.
 *
 * Only what changes is copied: an object or array with no `$ref` or `Fn::Sub` anywhere under it
 * is its own resolved value (on a large definition that is most of it, and copying it all doubled
 * the memory the loader holds). Mappings kept in written order by an order-keeping object are
 * still copied into plain objects, as every mapping was before, so the resolved view lists keys
 * as it always did.
 *
 * Extension values (`x-amazon-apigateway-cors`, ...) are plain data that checks print, serialise
 * and compare, so there a cycle (`{$ref: "#"}`, a recursive schema) is cut: the `{ $ref }` that
 * closes it stays as written and is reported through `onCycle`. Their nodes are built apart from
 * the schema graph (`extensionMemo`), so a recursive schema used both ways keeps its cycle where
 * schemas may have one.
 */
export function buildResolved(
  rootFile: string,
  files: FileLookup,
  onCycle: (cycle: ExtensionCycle) => void = () => undefined,
): unknown {
  // Resolved value of a node reached through a `$ref` (reached again by every other ref to it),
  // and of every node whose value is a copy (a shared node, e.g. a YAML alias, keeps one copy).
  const memo = new Map<object, unknown>();
  const extensionMemo = new Map<object, unknown>();
  // The nodes being built (the recursion's path: a few dozen at most, so a search of it is cheaper
  // than a map entry per node), whether in an extension value, and the copy a cycle back into
  // one was given, filled when it is done.
  const stack: object[] = [];
  const stackInExtension: boolean[] = [];
  const stackCopy: (object | undefined)[] = [];
  const path: (string | number)[] = [];

  /** Where `node` is being built in this kind of value, or -1. */
  const onStack = (node: object, inExtension: boolean): number => {
    for (let i = stack.lastIndexOf(node); i >= 0; i = i > 0 ? stack.lastIndexOf(node, i - 1) : -1)
      if (stackInExtension[i] === inExtension) return i;
    return -1;
  };

  const build = (
    node: unknown,
    file: string,
    chain: string[],
    extension: string | undefined,
    target: boolean,
  ): unknown => {
    if (node === null || typeof node !== 'object') return node;
    if (isRefObject(node)) {
      const target = parseRef(node.$ref, file);
      const hit = target && deref(target, files);
      if (!hit) return node; // dangling or remote: left as it is (reported by the loader)
      const key = `${hit.file}#/${hit.path.join('/')}`;
      if (chain.includes(key)) throw new CircularRefError([...chain, key]);
      // The document root is never a value (schemas recurse through a named schema, not through `#`).
      const toRoot = hit.path.length === 0 && hit.file === rootFile;
      if ((extension || toRoot) && hit.node !== null && typeof hit.node === 'object' && stack.includes(hit.node)) {
        onCycle({ file, path: [...path], ref: node.$ref, extension });
        return node;
      }
      const saved = path.splice(0, path.length, ...hit.path);
      try {
        return build(hit.node, hit.file, [...chain, key], extension, true);
      } finally {
        path.splice(0, path.length, ...saved);
      }
    }
    const inExtension = extension !== undefined;
    const memoOf = inExtension ? extensionMemo : memo;
    const done = memoOf.get(node);
    if (done !== undefined) return done;
    const building = onStack(node, inExtension);
    if (building !== -1) return (stackCopy[building] ??= Array.isArray(node) ? [] : {});
    const at = stack.length;
    stack.push(node);
    stackInExtension.push(inExtension);
    stackCopy.push(undefined);
    try {
      const value = Array.isArray(node)
        ? buildArray(node, at, file, extension)
        : buildObject(node as Record<string, unknown>, at, file, extension);
      if (value !== node || target) memoOf.set(node, value);
      return value;
    } finally {
      stack.pop();
      stackInExtension.pop();
      stackCopy.pop();
    }
  };

  /** The array itself when no item changes, else a copy (the one a cycle was given, if any). */
  const buildArray = (node: unknown[], at: number, file: string, extension: string | undefined): unknown => {
    let out: unknown[] | undefined;
    for (let i = 0; i < node.length; i++) {
      const item = node[i];
      path.push(i);
      const value = build(item, file, [], extension, false);
      path.pop();
      if (out === undefined && (value !== item || stackCopy[at])) {
        out = (stackCopy[at] ??= []) as unknown[];
        for (let j = 0; j < i; j++) out.push(node[j]);
      }
      if (out !== undefined) out.push(value);
    }
    if (out === undefined && stackCopy[at]) {
      out = stackCopy[at] as unknown[];
      out.push(...node);
    }
    return out ?? node;
  };

  const buildObject = (
    node: Record<string, unknown>,
    at: number,
    file: string,
    extension: string | undefined,
  ): unknown => {
    const keys = keysOf(node);
    if (keys.length === 1 && isIntrinsicKey(keys[0]!)) {
      const sub = subString(node);
      if (typeof sub === 'string') return sub;
    }
    // An order-keeping mapping is always copied into a plain object (see above).
    let out = hasWrittenOrder(node) ? ((stackCopy[at] ??= {}) as Record<string, unknown>) : undefined;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      const child = node[key];
      path.push(key);
      const value = build(child, file, [], extension ?? (key.startsWith('x-') ? key : undefined), false);
      path.pop();
      if (out === undefined && (value !== child || stackCopy[at])) {
        out = (stackCopy[at] ??= {}) as Record<string, unknown>;
        for (let j = 0; j < i; j++) out[keys[j]!] = node[keys[j]!];
      }
      if (out !== undefined) out[key] = value;
    }
    if (out === undefined && stackCopy[at]) {
      out = stackCopy[at] as Record<string, unknown>;
      for (const key of keys) out[key] = node[key];
    }
    return out ?? node;
  };

  return build(files(rootFile)?.data, rootFile, [], undefined, false);
}

/** Where the node at `path` of the resolved view is written: follows refs hop by hop from the root file. */
export function locatePath(
  rootFile: string,
  files: FileLookup,
  path: JsonPath,
): { file: string; path: (string | number)[] } {
  let file = rootFile;
  let node: unknown = files(rootFile)?.data;
  let inFile: (string | number)[] = [];
  for (const segment of path) {
    for (let hops = 0; isRefObject(node) && hops < 64; hops++) {
      const target = parseRef(node.$ref, file);
      const hit = target && deref(target, files);
      if (!hit) return { file, path: inFile };
      ({ file, node } = hit);
      inFile = [...hit.path];
    }
    if (node === null || typeof node !== 'object' || !Object.prototype.hasOwnProperty.call(node, segment)) break;
    node = (node as Record<string | number, unknown>)[segment];
    inFile.push(segment);
  }
  return { file, path: inFile };
}

/**
 * One walk over a file's data (multi-MB files: one path array pushed and popped, copied only for
 * a hit): every `$ref` with the path of the object holding it, and every long-form intrinsic
 * (`{ "Fn::Sub": ... }`) outside another intrinsic, with its path and function. `tree`: no node
 * is reached twice (parsed JSON), so none is remembered.
 */
export function scanFile(
  data: unknown,
  tree = false,
): { refs: FileRef[]; intrinsics: { path: (string | number)[]; fn: string }[] } {
  const refs: FileRef[] = [];
  const intrinsics: { path: (string | number)[]; fn: string }[] = [];
  // A node shared by two places (a YAML alias) is scanned at the first; `tree` data has none.
  const seen = new Set<object>();
  const path: (string | number)[] = [];
  const walk = (node: unknown, inIntrinsic: boolean): void => {
    if (node === null || typeof node !== 'object') return;
    if (!tree) {
      if (seen.has(node)) return;
      seen.add(node);
    }
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        path.push(i);
        walk(node[i], inIntrinsic);
        path.pop();
      }
      return;
    }
    let inside = inIntrinsic;
    const keys = keysOf(node);
    if (!inIntrinsic && keys.length === 1 && isIntrinsicKey(keys[0]!)) {
      intrinsics.push({ path: [...path], fn: keys[0]! });
      inside = true;
    }
    for (const key of keys) {
      const value = (node as Record<string, unknown>)[key];
      if (key === '$ref' && typeof value === 'string') refs.push({ ref: value, path: [...path] });
      else {
        path.push(key);
        walk(value, inside);
        path.pop();
      }
    }
  };
  walk(data, false);
  return { refs, intrinsics };
}
