/**
 * Canonical forms for the free-form parts of a definition (JSON Schemas, IAM policies, string
 * maps), so that equal meaning gives equal JSON regardless of key order or of the spelling an
 * export chooses.
 */

export function isObject(value: unknown): value is Record<string, any> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function upper(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value.toUpperCase() : undefined;
}

export function str(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

export function sortedUnique(values: Iterable<string>): string[] {
  return [...new Set(values)].sort();
}

/** A map of strings (requestParameters, templates, ...): non-string values dropped, CRLF made LF. */
export function stringMap(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!isObject(value)) return out;
  for (const key of Object.keys(value).sort()) {
    const v = str(value[key]);
    if (v !== undefined) out[key] = v.replace(/\r\n/g, '\n');
  }
  return out;
}

/** JSON with sorted keys: the identity used to tell "changed" from "equal". */
export function stableJson(value: unknown, indent?: number): string {
  return JSON.stringify(sortKeys(value), null, indent);
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (!isObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) if (value[key] !== undefined) out[key] = sortKeys(value[key]);
  return out;
}

export function equal(a: unknown, b: unknown): boolean {
  return stableJson(a) === stableJson(b);
}

/**
 * Keywords that API Gateway's model validation ignores or that only document (titles, examples,
 * descriptions), and keys exports add (`$schema`, generated titles). Dropping them keeps a model
 * exported as `Pet` with `title: Pet` equal to the inline schema it came from.
 */
const SCHEMA_NOISE = new Set([
  'title',
  'description',
  'example',
  'examples',
  '$schema',
  'id',
  '$id',
  'xml',
  'externalDocs',
  'deprecated',
  'readOnly',
  'writeOnly',
  'discriminator',
  'default',
  '$comment',
]);

/** Canonical JSON Schema: noise dropped, `required`/`enum` sorted, cycles cut (`{ $cycle: true }`). */
export function canonicalSchema(schema: unknown, seen: Set<unknown> = new Set(), depth = 0): unknown {
  if (Array.isArray(schema)) return schema.map((s) => canonicalSchema(s, seen, depth + 1));
  if (!isObject(schema)) return schema;
  if (seen.has(schema) || depth > 64) return { $cycle: true };
  seen.add(schema);
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(schema).sort()) {
    if (SCHEMA_NOISE.has(key) || key.startsWith('x-')) continue;
    const value = schema[key];
    if (key === 'required' && Array.isArray(value)) out[key] = sortedUnique(value.map(String));
    else if (key === 'enum' && Array.isArray(value))
      out[key] = [...value].sort((a, b) => stableJson(a).localeCompare(stableJson(b)));
    else if (key === 'properties' || key === 'patternProperties' || key === 'definitions') {
      const props: Record<string, unknown> = {};
      for (const name of Object.keys(value ?? {}).sort()) props[name] = canonicalSchema(value[name], seen, depth + 1);
      out[key] = props;
    } else out[key] = canonicalSchema(value, seen, depth + 1);
  }
  seen.delete(schema);
  return out;
}

const EXECUTE_API_ARN = /^arn:aws[a-z-]*:execute-api:[^:]*:[^:]*:[^/]+\//;

/**
 * Canonical IAM resource policy. On import API Gateway rewrites `execute-api:/*` to the full
 * `arn:aws:execute-api:{region}:{account}:{apiId}/*` (reference §2.15), and GetRestApi returns the
 * policy as an escaped JSON string; both forms compare equal here.
 */
export function canonicalPolicy(policy: unknown): unknown {
  let doc = policy;
  if (typeof doc === 'string') {
    const text = doc.trim();
    if (text === '') return undefined;
    try {
      doc = JSON.parse(text.includes('\\"') && !text.startsWith('{"') ? JSON.parse(`"${text}"`) : text);
    } catch {
      return text;
    }
  }
  if (!isObject(doc)) return doc ?? undefined;
  const statements = Array.isArray(doc.Statement) ? doc.Statement : doc.Statement ? [doc.Statement] : [];
  return {
    ...doc,
    Statement: statements.map((s: unknown) => {
      if (!isObject(s)) return s;
      const out: Record<string, unknown> = { ...s };
      for (const key of ['Action', 'NotAction', 'Resource', 'NotResource']) {
        if (out[key] === undefined) continue;
        const list = (Array.isArray(out[key]) ? out[key] : [out[key]]) as unknown[];
        out[key] = sortedUnique(list.map((v) => (key.endsWith('Resource') ? shortResource(String(v)) : String(v))));
      }
      for (const key of ['Principal', 'NotPrincipal']) {
        if (!isObject(out[key])) continue;
        const principal: Record<string, unknown> = {};
        for (const [k, v] of Object.entries(out[key] as Record<string, unknown>)) {
          principal[k] = sortedUnique((Array.isArray(v) ? v : [v]).map(String));
        }
        out[key] = principal;
      }
      return out;
    }),
  };
}

function shortResource(resource: string): string {
  return resource.replace(EXECUTE_API_ARN, 'execute-api:/');
}

/** Replaces `${name}` placeholders (`${AWS::Region}`, config vars) in every string of `value`. */
export function substitute<T>(value: T, vars: Record<string, string>): T {
  if (Object.keys(vars).length === 0) return value;
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return v.replace(/\$\{([^}]+)\}/g, (m, name: string) => vars[name] ?? m);
    if (Array.isArray(v)) return v.map(walk);
    if (isObject(v)) {
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) out[k] = walk(x);
      return out;
    }
    return v;
  };
  return walk(value) as T;
}
