/**
 * Turns the raw ajv errors swagger-parser reports (every failing branch of every `oneOf`) into
 * the few problems a person would name. Rules, in order:
 *  1. `oneOf`/`anyOf`/... summaries go when a more specific error sits at or below them.
 *  2. "must have required property '$ref'" (the Reference alternative) goes when anything else
 *     is wrong at or below the same place: the object was clearly not meant as a reference; so do
 *     the properties only that alternative rejected.
 *  3. Alternatives told apart by `type`/`in`/`flow` (see discriminators.ts): complaints that only
 *     alternatives rejecting the object's actual value would make are dropped.
 *  4. Enum errors at one place merge into one list of allowed values; required-property errors
 *     from different alternatives merge into one "one of" message.
 */
import type { ErrorObject } from 'ajv';
import { indexAlternatives, judge, DISCRIMINATOR_KEYS, type Alternative } from './discriminators.js';

export interface SchemaProblem {
  /** Path in the validated (dereferenced) document. */
  path: (string | number)[];
  message: string;
}

const COMBINATORS = new Set(['oneOf', 'anyOf', 'allOf', 'not', 'if', 'then', 'else']);

const indexCache = new WeakMap<object, Map<string, Alternative[]>>();

export function distilErrors(errors: readonly ErrorObject[], doc: unknown, schema: object): SchemaProblem[] {
  let index = indexCache.get(schema);
  if (!index) indexCache.set(schema, (index = indexAlternatives(schema)));

  const items = errors.map((e) => ({ e, path: toPath(e.instancePath, doc) }));
  const key = (p: (string | number)[]) => p.map(String).join('\u0000');
  // "Is some error at or below this place?" answered from the set of every place that has one
  // below it (each error's path and all its prefixes): linear in the errors, where comparing every
  // pair took minutes for the thousands of errors a hostile document produces.
  const placesAbove = (list: typeof items) => {
    const set = new Set<string>();
    for (const { path } of list) for (let n = 0; n <= path.length; n++) set.add(key(path.slice(0, n)));
    return set;
  };
  const belowAny = placesAbove(items.filter((i) => !COMBINATORS.has(i.e.keyword)));
  const belowSpecific = placesAbove(items.filter((i) => !COMBINATORS.has(i.e.keyword) && !isRefRequired(i.e)));

  // Rule 2b: where the Reference alternative failed, it also rejected every property of the real
  // object ("'schema' is not allowed here" on a valid Swagger 2.0 response that only lacks its
  // description). A property the real alternative rejects too is reported by both, so a property
  // rejected exactly once at such a place was rejected by the Reference alternative alone.
  const refPlaces = new Set(items.filter((i) => isRefRequired(i.e)).map((i) => key(i.path)));
  const rejections = new Map<string, number>();
  for (const { e, path } of items) {
    if (e.keyword !== 'additionalProperties' || !refPlaces.has(key(path))) continue;
    const id = key(path) + '\u0001' + String((e.params as { additionalProperty: string }).additionalProperty);
    rejections.set(id, (rejections.get(id) ?? 0) + 1);
  }
  const onlyByReference = (e: ErrorObject, path: (string | number)[]) =>
    e.keyword === 'additionalProperties' &&
    rejections.get(key(path) + '\u0001' + String((e.params as { additionalProperty: string }).additionalProperty)) ===
      1;

  const kept = items.filter((item) => {
    const { e, path } = item;
    if (COMBINATORS.has(e.keyword)) return !belowAny.has(key(path));
    if (isRefRequired(e)) return !belowSpecific.has(key(path));
    if (onlyByReference(e, path)) return false;
    return !dropByDiscriminator(e, path, doc, index);
  });

  // Merge per place and keyword.
  const out: SchemaProblem[] = [];
  const enums = new Map<string, { path: (string | number)[]; values: Set<unknown> }>();
  const required = new Map<string, { path: (string | number)[]; groups: Map<string, string[]> }>();
  const seen = new Set<string>();
  for (const { e, path } of kept) {
    if (e.keyword === 'enum') {
      const slot = enums.get(key(path)) ?? enums.set(key(path), { path, values: new Set() }).get(key(path))!;
      for (const v of (e.params as { allowedValues: unknown[] }).allowedValues) slot.values.add(v);
      continue;
    }
    if (e.keyword === 'required') {
      const slot = required.get(key(path)) ?? required.set(key(path), { path, groups: new Map() }).get(key(path))!;
      const group = slot.groups.get(e.schemaPath) ?? slot.groups.set(e.schemaPath, []).get(e.schemaPath)!;
      group.push((e.params as { missingProperty: string }).missingProperty);
      continue;
    }
    const problem = describe(e, path);
    const id = key(problem.path) + '\u0001' + problem.message;
    if (!seen.has(id)) {
      seen.add(id);
      out.push(problem);
    }
  }
  for (const { path, values } of enums.values()) {
    out.push({ path, message: `must be one of: ${[...values].map((v) => JSON.stringify(v)).join(', ')}` });
  }
  for (const { path, groups } of required.values()) {
    const alternatives = [...groups.values()];
    if (alternatives.length === 1) {
      for (const name of alternatives[0]!) out.push({ path, message: `must have required property '${name}'` });
    } else {
      const options = [...new Set(alternatives.map((names) => names.map((n) => `'${n}'`).join(' and ')))];
      out.push({ path, message: `must have required property ${options.join(' or ')}` });
    }
  }
  return out;
}

function isRefRequired(e: ErrorObject): boolean {
  return e.keyword === 'required' && (e.params as { missingProperty?: string }).missingProperty === '$ref';
}

/** Rule 3: the error only makes sense for alternatives that reject the object's discriminator value. */
function dropByDiscriminator(
  e: ErrorObject,
  path: (string | number)[],
  doc: unknown,
  index: Map<string, Alternative[]>,
): boolean {
  if (e.keyword === 'enum' && path.length > 0) {
    const prop = String(path[path.length - 1]);
    const owner = valueAt(doc, path.slice(0, -1));
    if (owner === null || typeof owner !== 'object') return false;
    const allowed = (e.params as { allowedValues: unknown[] }).allowedValues;
    const sameEnum = (a: Alternative) => sameValues(a.enums[prop], allowed);
    for (const key of DISCRIMINATOR_KEYS) {
      const value = (owner as Record<string, unknown>)[key];
      if (typeof value !== 'string') continue;
      const { matching, other } = judge(index, key, value);
      if (matching.length === 0) continue;
      // The discriminator itself: some alternative accepted its value, the others complained.
      if (prop === key && other.some(sameEnum)) return true;
      // Another property constrained only by alternatives that reject the discriminator value
      // (Swagger 2.0 `required: [true]` belongs to path parameters only).
      if (prop !== key && other.some(sameEnum) && !matching.some(sameEnum)) return true;
    }
    return false;
  }
  if (e.keyword !== 'required' && e.keyword !== 'additionalProperties') return false;
  const owner = valueAt(doc, path);
  if (owner === null || typeof owner !== 'object') return false;
  for (const key of DISCRIMINATOR_KEYS) {
    const value = (owner as Record<string, unknown>)[key];
    if (typeof value !== 'string') continue;
    const { matching, other } = judge(index, key, value);
    if (matching.length === 0) continue;
    if (e.keyword === 'required') {
      const name = (e.params as { missingProperty: string }).missingProperty;
      if (other.some((a) => a.required.includes(name)) && !matching.some((a) => a.required.includes(name))) return true;
    } else {
      const name = (e.params as { additionalProperty: string }).additionalProperty;
      if (matching.some((a) => a.properties.includes(name))) return true;
    }
  }
  return false;
}

function sameValues(a: unknown[] | undefined, b: unknown[]): boolean {
  return !!a && a.length === b.length && a.every((v) => b.includes(v));
}

function describe(e: ErrorObject, path: (string | number)[]): SchemaProblem {
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'additionalProperties':
      return {
        path: [...path, String(p.additionalProperty)],
        message: `property '${String(p.additionalProperty)}' is not allowed here`,
      };
    case 'type':
      return { path, message: `must be ${String(p.type).replace(/,/g, ' or ')}` };
    case 'minProperties':
      return {
        path,
        message: p.limit === 1 ? 'must not be empty' : `must have at least ${String(p.limit)} properties`,
      };
    case 'minItems':
      return { path, message: p.limit === 1 ? 'must not be empty' : `must have at least ${String(p.limit)} items` };
    case 'oneOf':
    case 'anyOf':
      return { path, message: 'does not match any of the allowed forms' };
    default:
      return { path, message: e.message ?? `fails '${e.keyword}'` };
  }
}

/** JSON pointer -> path, with array indexes as numbers (as the loader's paths have them). */
export function toPath(pointer: string, doc: unknown): (string | number)[] {
  // ajv's instancePath is a plain RFC 6901 pointer (no URI encoding).
  const segments =
    pointer === ''
      ? []
      : pointer
          .slice(1)
          .split('/')
          .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
  const out: (string | number)[] = [];
  let node: unknown = doc;
  for (const s of segments) {
    const asIndex = Array.isArray(node) && /^\d+$/.test(s) ? Number(s) : s;
    out.push(asIndex);
    node = node !== null && typeof node === 'object' ? (node as Record<string | number, unknown>)[asIndex] : undefined;
  }
  return out;
}

export function valueAt(doc: unknown, path: readonly (string | number)[]): unknown {
  let node: unknown = doc;
  for (const s of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[s];
  }
  return node;
}
