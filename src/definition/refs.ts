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
  const file = filePart === '' ? fromFile : resolve(dirname(fromFile), decodeURI(filePart));
  return { file, pointer: decodePointer(fragment) };
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

/**
 * The whole document with refs replaced by their targets. Objects are shared, not copied per use,
 * so recursive schemas resolve to cycles instead of looping. `Fn::Sub` objects become their string.
 * A chain made only of refs that comes back to itself (`A: {$ref: B}`, `B: {$ref: A}`) has no value
 * at all and throws CircularRefError.
 */
export function buildResolved(rootFile: string, files: FileLookup): unknown {
  const memo = new Map<object, unknown>();

  const build = (node: unknown, file: string, chain: string[]): unknown => {
    if (node === null || typeof node !== 'object') return node;
    if (isRefObject(node)) {
      const target = parseRef(node.$ref, file);
      const hit = target && deref(target, files);
      if (!hit) return node; // dangling or remote: left as it is (reported by the loader)
      const key = `${hit.file}#/${hit.path.join('/')}`;
      if (chain.includes(key)) throw new CircularRefError([...chain, key]);
      return build(hit.node, hit.file, [...chain, key]);
    }
    const done = memo.get(node);
    if (done !== undefined) return done;
    if (Array.isArray(node)) {
      const out: unknown[] = [];
      memo.set(node, out);
      for (const item of node) out.push(build(item, file, []));
      return out;
    }
    if (isIntrinsic(node)) {
      const sub = subString(node);
      if (typeof sub === 'string') return sub;
    }
    const out: Record<string, unknown> = {};
    memo.set(node, out);
    for (const key of keysOf(node)) out[key] = build((node as Record<string, unknown>)[key], file, []);
    return out;
  };

  return build(files(rootFile)?.data, rootFile, []);
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
