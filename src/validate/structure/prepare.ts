/**
 * Builds the one self-contained document the structure check validates (as swagger-parser would
 * validate it), from data the loader already parsed: no file is read or parsed again. Every file
 * reached by `$ref` is placed under `x-apigw-files/<n>` of the root and each external `$ref`
 * is rewritten to point there, so all refs are internal. dereference.ts works in place, so the
 * instance paths of the schema errors are paths in the resolved view, the same space
 * `spec.locate` maps back to files.
 *
 * Copy on write (issue 19): only the nodes the copy changes (a `$ref`, an `Fn::Sub`, a key-order
 * Proxy, ...) and their ancestors are copied; every other subtree is the loader's own object, shared.
 * Copying all of the 10,000-operation definition cost 1.2 s of 13.7 (and the heap it doubled, in
 * garbage collection). The dereference writes only into objects holding a `$ref`, which are copies;
 * its one other write (for a `$ref` to itself, see dereference.ts `shared`) makes the structure
 * check start again from a full copy, so the loader's data is never changed.
 */
import { types } from 'node:util';
import { deref, parseRef, isRefObject, type FileLookup } from '../../definition/refs.js';
import { subString, isIntrinsic } from '../../definition/intrinsics.js';
import type { LoadedSpec } from '../../definition/types.js';

export const FILES_KEY = 'x-apigw-files';

/** A problem swagger-parser would stop at before validating anything; fixed in the copy and reported by us. */
export interface Adjustment {
  path: (string | number)[];
  severity: 'error' | 'warn' | 'info';
  message: string;
}

/**
 * `copyAll`: copy every node, as before copy on write (for the dereference's fallback, and for a
 * test that hands the document to json-schema-ref-parser, which writes where it likes).
 */
export function buildValidationDocument(
  spec: LoadedSpec,
  options: { copyAll?: boolean } = {},
): { doc: Record<string, unknown>; adjustments: Adjustment[] } {
  const adjustments: Adjustment[] = [];
  const others = [...spec.files.keys()].filter((f) => f !== spec.rootFile);
  const fileIndex = new Map(others.map((f, i) => [f, String(i)]));

  const lookup = (f: string) => spec.files.get(f);
  const copy = (file: string): unknown => {
    const data = spec.files.get(file)!.data;
    // The root and its `info` are adjusted below, so they are always copies.
    const changed = options.copyAll ? undefined : changedNodes(data, file === spec.rootFile);
    return copyNormalised(data, file, spec.rootFile, fileIndex, lookup, changed);
  };
  const root = copy(spec.rootFile) as Record<string, unknown>;
  if (others.length > 0) root[FILES_KEY] = Object.fromEntries(others.map((f) => [fileIndex.get(f)!, copy(f)]));

  // YAML reads `swagger: 2.0` and `openapi: 3.0` as numbers; the loader accepts them, and
  // swagger-parser would stop before validating anything. (The version check itself is the loader's.)
  if (typeof root.swagger === 'number') root.swagger = root.swagger.toFixed(1);
  if (typeof root.openapi === 'number') root.openapi = root.openapi.toFixed(1);
  // `openapi: '3.0'` (no patch number): API Gateway imports it (corpus: deployable samples of
  // aws-samples/serverless-patterns and serverless-samples carry it), SAM reads it as OpenAPI 3, only
  // the OpenAPI schema (and swagger-parser, which would stop) want 3.0.x. Conformance, so info.
  if (spec.version === 'oas30' && (root.openapi === '3.0' || root.openapi === '3')) {
    adjustments.push({
      path: ['openapi'],
      severity: 'info',
      message: `must match pattern "^3\\.0\\.\\d(-.+)?$": write the version in full ('3.0.1'); API Gateway imports '3.0', other OpenAPI tools reject it`,
    });
    root.openapi = '3.0.0';
  }

  // `version: 1.0` is common in SAM templates; swagger-parser refuses to go on. The OpenAPI schema
  // wants a string; API Gateway's importer takes it (corpus: LocalStack's AWS-validated tf.json), so:
  // OpenAPI conformance, info (warn under apigw:strict).
  const info = root.info as Record<string, unknown> | undefined;
  if (info && typeof info === 'object' && typeof info.version === 'number') {
    adjustments.push({
      path: ['info', 'version'],
      severity: 'info',
      message: `must be string: write the version as a string ('${String(info.version)}'); it was read as a number`,
    });
    info.version = String(info.version);
  }
  // swagger-parser stops on an OpenAPI 3.0 document without `paths`; check the rest anyway.
  if (spec.version === 'oas30' && root.paths === undefined) {
    adjustments.push({ path: [], severity: 'error', message: "must have required property 'paths'" });
    root.paths = {};
  }
  return { doc: root, adjustments };
}

/** Beyond these, the walk below gives up and everything is copied: a cycle, or a graph of shared nodes. */
const MAX_WALK_DEPTH = 2_000;
const MAX_WALK_NODES = 8_000_000;

/**
 * The nodes copyNormalised must copy: those it would change (a `$ref` object, an `Fn::Sub`
 * intrinsic, a key-order Proxy, an object that is not plain data or has a `__proto__` key) and
 * their ancestors. Undefined when the walk gave up (every node is copied then). The loader's data
 * is a tree (the YAML parser copies aliased nodes), so this walk keeps no memo; a shared node is
 * walked once per place, which the node budget bounds.
 */
function changedNodes(data: unknown, isRoot: boolean): Set<object> | undefined {
  const changed = new Set<object>();
  let nodes = 0;
  let gaveUp = false;
  const walk = (node: unknown, depth: number): boolean => {
    if (node === null || typeof node !== 'object') return false;
    if (depth > MAX_WALK_DEPTH || ++nodes > MAX_WALK_NODES) {
      gaveUp = true;
      return true;
    }
    let changes = false;
    if (Array.isArray(node)) {
      changes = types.isProxy(node) || Object.getPrototypeOf(node) !== Array.prototype;
      for (let i = 0; i < node.length; i++) if (walk(node[i], depth + 1)) changes = true;
    } else if (types.isProxy(node) || Object.getPrototypeOf(node) !== Object.prototype) {
      changes = true;
      for (const key of Object.keys(node)) walk((node as Record<string, unknown>)[key], depth + 1);
    } else {
      const record = node as Record<string, unknown>;
      if (typeof record.$ref === 'string') changes = true;
      let count = 0;
      let first = '';
      for (const key in record) {
        if (count++ === 0) first = key;
        if (key === '__proto__') changes = true;
        if (walk(record[key], depth + 1)) changes = true;
      }
      if (count === 1 && first === 'Fn::Sub') changes = true;
    }
    if (changes) changed.add(node);
    return changes;
  };
  walk(data, 0);
  if (gaveUp) return undefined;
  if (isRoot && data !== null && typeof data === 'object') {
    changed.add(data);
    const info = (data as Record<string, unknown>).info;
    if (info !== null && typeof info === 'object') changed.add(info);
  }
  return changed;
}

/**
 * A plain-data copy (the parser's objects are not all structured-cloneable, and swagger-parser
 * mutates what it is given) with refs rewritten to internal pointers and `Fn::Sub` objects turned
 * into their string, as the loader's resolved view does. Shared nodes stay shared. With `changed`,
 * only those nodes are copied and every other node is kept as it is (it would be copied unchanged).
 */
function copyNormalised(
  data: unknown,
  file: string,
  rootFile: string,
  fileIndex: Map<string, string>,
  lookup: FileLookup,
  changed?: Set<object>,
): unknown {
  const memo = new Map<object, unknown>();
  // A definition repeats the same few `$ref` strings (a shared model, an error schema): each is
  // parsed, followed and rewritten once.
  const refs = new Map<string, { dangling: boolean; internal?: string }>();
  const refOf = (ref: string) => {
    let known = refs.get(ref);
    if (!known) {
      const target = parseRef(ref, file);
      refs.set(ref, (known = { dangling: !!target && !deref(target, lookup) }));
    }
    return known;
  };
  const visit = (node: unknown): unknown => {
    if (node === null || typeof node !== 'object') return node;
    if (changed && !changed.has(node)) return node;
    const done = memo.get(node);
    if (done !== undefined) return done;
    if (isIntrinsic(node)) {
      const sub = subString(node);
      if (typeof sub === 'string') return sub;
    }
    // A dangling $ref (reported by the loader as apigw-ref-dangling) stands for an unknown value:
    // an empty object, which every place a $ref may stand accepts, so the rest is still checked.
    if (isRefObject(node) && refOf(node.$ref).dangling) return {};
    if (Array.isArray(node)) {
      const out: unknown[] = [];
      memo.set(node, out);
      for (const item of node) out.push(visit(item));
      return out;
    }
    const out: Record<string, unknown> = {};
    memo.set(node, out);
    for (const key of Object.keys(node)) out[key] = visit((node as Record<string, unknown>)[key]);
    if (isRefObject(node)) {
      const known = refOf(node.$ref);
      out.$ref = known.internal ??= internalRef(node.$ref, file, rootFile, fileIndex);
    }
    return out;
  };
  return visit(data);
}

function internalRef(ref: string, file: string, rootFile: string, fileIndex: Map<string, string>): string {
  const target = parseRef(ref, file);
  // Remote refs stay as they are: not followed (the loader warns), and valid as Reference objects.
  if (!target) return ref;
  const prefix =
    target.file === rootFile
      ? '#'
      : fileIndex.has(target.file)
        ? `#/${FILES_KEY}/${fileIndex.get(target.file)}`
        : undefined;
  if (prefix === undefined) return ref;
  // Tokens are URI-encoded: json-schema-ref-parser decodes them (a raw `%` or space breaks it).
  return (
    prefix + target.pointer.map((s) => '/' + encodeURIComponent(s.replace(/~/g, '~0').replace(/\//g, '~1'))).join('')
  );
}
