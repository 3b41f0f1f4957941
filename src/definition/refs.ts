/**
 * `$ref` handling across files: parsing a reference, following JSON pointers (through further
 * refs), building the resolved view (recursive schemas become cyclic object graphs), and mapping a
 * path in that view back to the file and node the user wrote.
 */
import { dirname, resolve } from 'node:path';
import type { JsonPath } from '../core/finding.js';
import { subString, isIntrinsic } from './intrinsics.js';
import { keysOf } from './keys.js';
import type { FileRef, SourceFile } from './types.js';

export interface RefTarget {
  file: string;
  pointer: string[];
}

/** `#/a/b`, `other.yaml`, `other.yaml#/a/b`; undefined for remote (http) refs. */
export function parseRef(ref: string, fromFile: string): RefTarget | undefined {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(ref)) return undefined;
  const hash = ref.indexOf('#');
  const filePart = hash === -1 ? ref : ref.slice(0, hash);
  const fragment = hash === -1 ? '' : ref.slice(hash + 1);
  const file = filePart === '' ? fromFile : resolve(dirname(fromFile), decodeFilePart(filePart));
  return { file, pointer: decodePointer(fragment) };
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
  const memo = new Map<object, unknown>();
  const extensionMemo = new Map<object, unknown>();
  const building = new Set<object>();
  const path: (string | number)[] = [];

  const build = (node: unknown, file: string, chain: string[], extension: string | undefined): unknown => {
    if (node === null || typeof node !== 'object') return node;
    if (isRefObject(node)) {
      const target = parseRef(node.$ref, file);
      const hit = target && deref(target, files);
      if (!hit) return node; // dangling or remote: left as it is (reported by the loader)
      const key = `${hit.file}#/${hit.path.join('/')}`;
      if (chain.includes(key)) throw new CircularRefError([...chain, key]);
      // The document root is never a value (schemas recurse through a named schema, not through `#`).
      const toRoot = hit.path.length === 0 && hit.file === rootFile;
      if ((extension || toRoot) && hit.node !== null && typeof hit.node === 'object' && building.has(hit.node)) {
        onCycle({ file, path: [...path], ref: node.$ref, extension });
        return node;
      }
      const saved = path.splice(0, path.length, ...hit.path);
      try {
        return build(hit.node, hit.file, [...chain, key], extension);
      } finally {
        path.splice(0, path.length, ...saved);
      }
    }
    const memoOf = extension ? extensionMemo : memo;
    const done = memoOf.get(node);
    if (done !== undefined) return done;
    building.add(node);
    try {
      if (Array.isArray(node)) {
        const out: unknown[] = [];
        memoOf.set(node, out);
        node.forEach((item, i) => {
          path.push(i);
          out.push(build(item, file, [], extension));
          path.pop();
        });
        return out;
      }
      if (isIntrinsic(node)) {
        const sub = subString(node);
        if (typeof sub === 'string') return sub;
      }
      const out: Record<string, unknown> = {};
      memoOf.set(node, out);
      for (const key of keysOf(node)) {
        path.push(key);
        out[key] = build(
          (node as Record<string, unknown>)[key],
          file,
          [],
          extension ?? (key.startsWith('x-') ? key : undefined),
        );
        path.pop();
      }
      return out;
    } finally {
      building.delete(node);
    }
  };

  return build(files(rootFile)?.data, rootFile, [], undefined);
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
 * (`{ "Fn::Sub": ... }`) outside another intrinsic, with its path and function.
 */
export function scanFile(data: unknown): { refs: FileRef[]; intrinsics: { path: (string | number)[]; fn: string }[] } {
  const refs: FileRef[] = [];
  const intrinsics: { path: (string | number)[]; fn: string }[] = [];
  const seen = new Set<object>();
  const path: (string | number)[] = [];
  const walk = (node: unknown, inIntrinsic: boolean): void => {
    if (node === null || typeof node !== 'object' || seen.has(node)) return;
    seen.add(node);
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        path.push(i);
        walk(node[i], inIntrinsic);
        path.pop();
      }
      return;
    }
    let inside = inIntrinsic;
    if (!inIntrinsic && isIntrinsic(node)) {
      intrinsics.push({ path: [...path], fn: keysOf(node)[0]! });
      inside = true;
    }
    for (const key of keysOf(node)) {
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
