/**
 * `uniqueItems` on the OpenAPI schemas' lists of objects (tags, parameters, security), checked in
 * linear time. Ajv compares every pair of items with a deep equality, so 20,000 parameters on one
 * operation took minutes; the compiled schemas leave those `uniqueItems` out (see
 * scripts/precompile-schemas.mjs, `LINEAR_UNIQUE_ITEMS`) and this check reports the same error
 * Ajv would, from one canonical text per item.
 */
import type { ErrorObject } from 'ajv';

/** Schema places whose `uniqueItems` this module checks instead of Ajv (JSON pointers into the OpenAPI schemas). */
export const LINEAR_UNIQUE_ITEMS: Record<'v2' | 'v3', string[]> = {
  v2: ['/properties/tags', '/definitions/parametersList', '/definitions/security'],
  v3: [
    '/properties/tags',
    '/definitions/PathItem/properties/parameters',
    '/definitions/Operation/properties/parameters',
  ],
};

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** The schema with the `uniqueItems` above removed (for compiling at run time from unbuilt sources). */
export function withoutQuadraticUniqueItems(schema: object, version: 'v2' | 'v3'): object {
  const copy = structuredClone(schema) as Record<string, unknown>;
  for (const pointer of LINEAR_UNIQUE_ITEMS[version]) {
    let node: unknown = copy;
    for (const segment of pointer.split('/').slice(1)) node = (node as Record<string, unknown> | undefined)?.[segment];
    if (node && typeof node === 'object') delete (node as Record<string, unknown>).uniqueItems;
  }
  return copy;
}

/** Ajv-shaped `uniqueItems` errors for the lists above in a dereferenced document. */
export function duplicateItemErrors(api: unknown, version: 'v2' | 'v3'): ErrorObject[] {
  if (!isObject(api)) return [];
  const errors: ErrorObject[] = [];
  const check = (list: unknown, instancePath: string, schemaPath: string): void => {
    if (!Array.isArray(list) || list.length < 2) return;
    const seen = new Map<string, number>();
    for (let i = 0; i < list.length; i++) {
      const key = canonical(list[i]);
      const j = seen.get(key);
      if (j !== undefined) {
        errors.push({
          keyword: 'uniqueItems',
          instancePath,
          schemaPath: `#${schemaPath}/uniqueItems`,
          params: { i, j },
          message: `must NOT have duplicate items (items ## ${j} and ${i} are identical)`,
        });
        return; // Ajv stops at the first pair too
      }
      seen.set(key, i);
    }
  };
  const [tags, pathParams, opParams] = LINEAR_UNIQUE_ITEMS[version];
  check(api.tags, '/tags', tags!);
  if (version === 'v2') check(api.security, '/security', LINEAR_UNIQUE_ITEMS.v2[2]!);
  if (isObject(api.paths)) {
    for (const [path, item] of Object.entries(api.paths)) {
      if (!isObject(item)) continue;
      const base = `/paths/${escape(path)}`;
      check(item.parameters, `${base}/parameters`, pathParams!);
      for (const method of METHODS) {
        const op = item[method];
        if (!isObject(op)) continue;
        check(op.parameters, `${base}/${method}/parameters`, version === 'v2' ? pathParams! : opParams!);
        if (version === 'v2') check(op.security, `${base}/${method}/security`, LINEAR_UNIQUE_ITEMS.v2[2]!);
      }
    }
  }
  return errors;
}

/** One text per value, equal exactly when the values are deeply equal (object keys sorted). */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    isObject(v)
      ? Object.fromEntries(
          Object.keys(v)
            .sort()
            .map((k) => [k, v[k]]),
        )
      : v,
  );
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function escape(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}
