/**
 * `$input` and `$util` (reference §4.3, §4.4) as host objects: templates reach only the methods
 * listed here.
 */
import { createOrderedObject, isIndexKey, isOrderedObject } from '../core/ordered-object.js';
import { HOST, VtlRuntimeError, javaToString, markJson, toCompactJson, type HostObject } from './java.js';
import { evaluateJsonPath } from './jsonpath.js';
import { cloneJson, parseJavaJson } from './json.js';
import type { ParamValue, TemplateRequest } from './types.js';

type Host = HostObject & { [HOST]: true };

function lastValue(v: ParamValue | undefined): string | undefined {
  if (v === undefined || v === null) return undefined;
  return Array.isArray(v) ? (v.length ? String(v[v.length - 1]) : undefined) : String(v);
}

/**
 * Request headers API Gateway does not show to templates (DG api-gateway-known-issues, REST APIs:
 * dropped or remapped headers): `$input.params('X')` gives `""` and `$input.params().header` lacks them.
 */
const HIDDEN_HEADERS = new Set([
  'connection',
  'content-length',
  'content-md5',
  'expect',
  'max-forwards',
  'proxy-authenticate',
  'server',
  'te',
  'transfer-encoding',
  'trailer',
  'upgrade',
  'www-authenticate',
]);

/** Compares as Java's String.CASE_INSENSITIVE_ORDER does (the order of AWS's parameter maps). */
function caseInsensitiveOrder(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a[i].toUpperCase().toLowerCase();
    const y = b[i].toUpperCase().toLowerCase();
    if (x !== y) return x.charCodeAt(0) - y.charCodeAt(0);
  }
  return a.length - b.length;
}

/** One value per name (a multi-value parameter gives its last value), sorted case-insensitively as on AWS. */
function singleValues(map: Record<string, ParamValue> | undefined, hidden?: Set<string>): Record<string, string> {
  const out: Record<string, string> = {};
  const order: string[] = [];
  for (const k of Object.keys(map ?? {}).sort(caseInsensitiveOrder)) {
    if (hidden?.has(k.toLowerCase())) continue;
    const s = lastValue(map![k]);
    if (s !== undefined) {
      out[k] = s;
      order.push(k);
    }
  }
  // `?10=a&2=b`: a plain object would list "2" first; AWS's sorted map has "10" first.
  return order.some(isIndexKey) ? createOrderedObject(out, order) : out;
}

/** A copy for a template to change, in the same key order. */
function copyOf(map: Record<string, string>): Record<string, string> {
  return isOrderedObject(map) ? createOrderedObject({ ...map }, Object.keys(map)) : { ...map };
}

/**
 * The payload as `$input.path`/`$input.json` read it. AWS's JSON reader is permissive (json-smart):
 * a payload that does not open an object or array (`a=b`, `not json`, `null{`) is read as one string
 * value; one that opens `{` or `[` and breaks fails the request with 400 "Could not process payload"
 * (docs/vtl-fidelity.md, item 4 of issue #16).
 */
export function readPayload(body: string): unknown {
  try {
    return parseJavaJson(body);
  } catch (error) {
    if (error instanceof RangeError)
      throw new VtlRuntimeError('the payload nests too deeply to read (limit of this tool)', true);
    if (/^\s*[[{]/.test(body)) {
      throw new VtlRuntimeError(
        'the payload opens a JSON object or array but is not valid JSON: API Gateway answers 400 {"message": "Could not process payload"} (its reader accepts some malformed objects, such as unquoted keys; which ones is not established)',
      );
    }
    return body;
  }
}

/** The body as the template sees it: a string, any other value as its JSON. */
export function bodyText(body: unknown): string {
  if (body === undefined || body === null) return '';
  return typeof body === 'string' ? body : JSON.stringify(body);
}

export function makeInput(request: TemplateRequest, payload: unknown): Host {
  const raw = bodyText(payload);
  // AWS: an empty payload reads as `{}` (LocalStack tests/aws/services/apigateway/
  // test_apigateway_common.snapshot.json, test_input_body_formatting "empty-body": `{}`).
  const body = raw === '' ? '{}' : raw;
  let parsed: { value: unknown } | undefined;
  const json = (): unknown => {
    if (!parsed) parsed = { value: readPayload(body) };
    return parsed.value;
  };
  const params = {
    path: singleValues(request.pathParameters),
    querystring: singleValues(request.query),
    header: singleValues(request.headers, HIDDEN_HEADERS),
  };
  const param = (name: unknown): string => {
    const key = javaToString(name);
    if (Object.prototype.hasOwnProperty.call(params.path, key)) return params.path[key];
    if (Object.prototype.hasOwnProperty.call(params.querystring, key)) return params.querystring[key];
    const h = Object.keys(params.header).find((k) => k.toLowerCase() === key.toLowerCase());
    return h === undefined ? '' : params.header[h];
  };
  return {
    [HOST]: true,
    hostName: '$input',
    properties: { body: () => body },
    methods: {
      body: () => body,
      getBody: () => body,
      json: (path: unknown) => {
        const v = evaluateJsonPath(javaToString(path ?? '$') || '$', json());
        // Missing path: `""`, as LocalStack's implementation (not a recorded snapshot) has it.
        return v === null || v === undefined ? '""' : toCompactJson(v);
      },
      path: (path: unknown) => {
        const v = evaluateJsonPath(javaToString(path ?? '$') || '$', json());
        return cloneJson(v);
      },
      params: (...args: unknown[]) => {
        if (args.length === 0)
          return { path: copyOf(params.path), querystring: copyOf(params.querystring), header: copyOf(params.header) };
        return param(args[0]);
      },
    },
  };
}

/** Apache Commons Lang 2 `StringEscapeUtils.escapeJavaScript`, which `$util.escapeJavaScript` is. */
export function escapeJavaScript(s: string): string {
  let out = '';
  for (const ch of s) {
    const code = ch.codePointAt(0)!;
    const units = code > 0xffff ? [ch.charCodeAt(0), ch.charCodeAt(1)] : [code];
    for (const u of units) {
      if (u > 0x7f) out += `\\u${u.toString(16).toUpperCase().padStart(4, '0')}`;
      else if (u < 32) {
        const named: Record<number, string> = { 8: '\\b', 9: '\\t', 10: '\\n', 12: '\\f', 13: '\\r' };
        out += named[u] ?? `\\u${u.toString(16).toUpperCase().padStart(4, '0')}`;
      } else {
        const c = String.fromCharCode(u);
        out += c === "'" ? "\\'" : c === '"' ? '\\"' : c === '\\' ? '\\\\' : c === '/' ? '\\/' : c;
      }
    }
  }
  return out;
}

/** java.net.URLEncoder.encode(s, "UTF-8"). */
export function urlEncode(s: string): string {
  let out = '';
  for (const b of Buffer.from(s, 'utf8')) {
    const c = String.fromCharCode(b);
    if (/[A-Za-z0-9.\-*_]/.test(c)) out += c;
    else if (b === 0x20) out += '+';
    else out += `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/** java.net.URLDecoder.decode(s, "UTF-8"). */
export function urlDecode(s: string): string {
  const bytes: number[] = [];
  let out = '';
  const flush = () => {
    if (bytes.length) out += Buffer.from(bytes).toString('utf8');
    bytes.length = 0;
  };
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '%') {
      const hex = s.slice(i + 1, i + 3);
      if (!/^[0-9a-fA-F]{2}$/.test(hex))
        throw new VtlRuntimeError(`urlDecode: illegal hex characters in escape (%) pattern at ${i}`);
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      flush();
      out += c === '+' ? ' ' : c;
    }
  }
  flush();
  return out;
}

function nullable<T>(f: (s: string) => T): (s: unknown) => T | null {
  return (s: unknown) => (s === null || s === undefined ? null : f(javaToString(s)));
}

export function makeUtil(): Host {
  return {
    [HOST]: true,
    hostName: '$util',
    methods: {
      escapeJavaScript: nullable(escapeJavaScript),
      parseJson: nullable((s) => {
        try {
          return markJson(parseJavaJson(s));
        } catch (error) {
          throw new VtlRuntimeError(`$util.parseJson: not valid JSON (${(error as Error).message})`);
        }
      }),
      urlEncode: nullable(urlEncode),
      urlDecode: nullable(urlDecode),
      base64Encode: nullable((s) => Buffer.from(s, 'utf8').toString('base64')),
      base64Decode: nullable((s) => {
        if (!/^[A-Za-z0-9+/]*={0,2}$/.test(s.replace(/\s/g, '')) || s.replace(/\s/g, '').length % 4 === 1) {
          throw new VtlRuntimeError('$util.base64Decode: not valid base64');
        }
        return Buffer.from(s, 'base64').toString('utf8');
      }),
    },
  };
}
