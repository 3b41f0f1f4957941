/**
 * Builds the one self-contained document the structure check validates (as swagger-parser would
 * validate it), from data the loader already parsed: no file is read or parsed again. Every file
 * reached by `$ref` is copied under `x-apigw-files/<n>` of the root copy and each external `$ref`
 * is rewritten to point there, so all refs are internal. dereference.ts works in place, so the
 * instance paths of the schema errors are paths in the resolved view, the same space
 * `spec.locate` maps back to files.
 */
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

export function buildValidationDocument(spec: LoadedSpec): { doc: Record<string, unknown>; adjustments: Adjustment[] } {
  const adjustments: Adjustment[] = [];
  const others = [...spec.files.keys()].filter((f) => f !== spec.rootFile);
  const fileIndex = new Map(others.map((f, i) => [f, String(i)]));

  const lookup = (f: string) => spec.files.get(f);
  const copy = (file: string): unknown =>
    copyNormalised(spec.files.get(file)!.data, file, spec.rootFile, fileIndex, lookup);
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

/**
 * A plain-data copy (the parser's objects are not all structured-cloneable, and swagger-parser
 * mutates what it is given) with refs rewritten to internal pointers and `Fn::Sub` objects turned
 * into their string, as the loader's resolved view does. Shared nodes stay shared.
 */
function copyNormalised(
  data: unknown,
  file: string,
  rootFile: string,
  fileIndex: Map<string, string>,
  lookup: FileLookup,
): unknown {
  const memo = new Map<object, unknown>();
  const visit = (node: unknown): unknown => {
    if (node === null || typeof node !== 'object') return node;
    const done = memo.get(node);
    if (done !== undefined) return done;
    if (isIntrinsic(node)) {
      const sub = subString(node);
      if (typeof sub === 'string') return sub;
    }
    // A dangling $ref (reported by the loader as apigw-ref-dangling) stands for an unknown value:
    // an empty object, which every place a $ref may stand accepts, so the rest is still checked.
    if (isRefObject(node)) {
      const target = parseRef(node.$ref, file);
      if (target && !deref(target, lookup)) return {};
    }
    if (Array.isArray(node)) {
      const out: unknown[] = [];
      memo.set(node, out);
      for (const item of node) out.push(visit(item));
      return out;
    }
    const out: Record<string, unknown> = {};
    memo.set(node, out);
    for (const key of Object.keys(node)) out[key] = visit((node as Record<string, unknown>)[key]);
    if (isRefObject(node)) out.$ref = internalRef(node.$ref, file, rootFile, fileIndex);
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
