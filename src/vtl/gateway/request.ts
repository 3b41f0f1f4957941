/**
 * Integration request side: which request template runs (or passthrough, or 415), and the
 * `requestParameters` mapping into the integration request (reference §2.1.3, §2.1.5, §2.1.7).
 */
import { evaluateJsonPath } from '../jsonpath.js';
import { javaToString } from '../java.js';
import type { TemplateInput } from '../types.js';
import { bodyText } from '../variables.js';
import { findTemplateKey, header, mediaType } from './media.js';

export type PassthroughBehavior = 'WHEN_NO_MATCH' | 'WHEN_NO_TEMPLATES' | 'NEVER';

export type RequestTemplateChoice =
  | { action: 'template'; contentType: string; template: string; reason: string }
  | { action: 'passthrough'; reason: string }
  | { action: 'reject'; status: 415; message: string; reason: string };

export function normalisePassthrough(value: unknown): PassthroughBehavior {
  const v = String(value ?? 'WHEN_NO_MATCH').toUpperCase();
  return v === 'WHEN_NO_TEMPLATES' || v === 'NEVER' ? v : 'WHEN_NO_MATCH';
}

/**
 * Picks the request template for the request's Content-Type (absent: `application/json`). Without a
 * match: WHEN_NO_MATCH passes the body through; WHEN_NO_TEMPLATES passes through only when no template
 * exists at all, else 415; NEVER answers 415 (BOTO-V1 Integration.passthroughBehavior).
 */
export function selectRequestTemplate(
  requestTemplates: Record<string, string> | undefined,
  passthroughBehavior: unknown,
  contentTypeHeader: string | undefined,
): RequestTemplateChoice {
  const templates = requestTemplates ?? {};
  const behaviour = normalisePassthrough(passthroughBehavior);
  const type = mediaType(contentTypeHeader) ?? 'application/json';
  const how =
    contentTypeHeader === undefined
      ? 'no Content-Type header, so application/json is assumed'
      : `Content-Type is ${type}`;
  const key = findTemplateKey(templates, type);
  if (key !== undefined)
    return {
      action: 'template',
      contentType: key,
      template: templates[key],
      reason: `${how}; the ${key} template matches`,
    };
  const count = Object.keys(templates).length;
  const unsupported = { action: 'reject' as const, status: 415 as const, message: 'Unsupported Media Type' };
  if (behaviour === 'NEVER')
    return { ...unsupported, reason: `${how}; no template matches and passthroughBehavior is NEVER` };
  if (behaviour === 'WHEN_NO_TEMPLATES' && count > 0) {
    return {
      ...unsupported,
      reason: `${how}; no template matches, templates exist and passthroughBehavior is WHEN_NO_TEMPLATES`,
    };
  }
  return {
    action: 'passthrough',
    reason:
      count === 0
        ? `no request templates; the body passes through (${behaviour})`
        : `${how}; no template matches, so the body passes through (WHEN_NO_MATCH)`,
  };
}

export interface MappedParameters {
  header: Record<string, string>;
  querystring: Record<string, string>;
  path: Record<string, string>;
  warnings: string[];
}

function multi(v: string | string[] | undefined, joinAll: boolean): string | undefined {
  if (v === undefined) return undefined;
  if (Array.isArray(v)) return joinAll ? v.join(',') : v[v.length - 1];
  return v;
}

function lookup(
  map: Record<string, string | string[]> | undefined,
  name: string,
  caseInsensitive: boolean,
): string | string[] | undefined {
  if (!map) return undefined;
  if (!caseInsensitive) return map[name];
  const key = Object.keys(map).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : map[key];
}

function contextValue(context: Record<string, unknown>, dotted: string): string | undefined {
  let cur: unknown = context;
  for (const k of dotted.split('.')) {
    if (!cur || typeof cur !== 'object' || !Object.prototype.hasOwnProperty.call(cur, k)) return undefined;
    cur = (cur as Record<string, unknown>)[k];
  }
  return cur === null || cur === undefined ? undefined : javaToString(cur);
}

/** Evaluates one mapping expression (`method.request.header.X`, `'static'`, `context.requestId`, ...). */
export function evaluateMappingSource(
  source: string,
  input: TemplateInput,
  context: Record<string, unknown>,
  side: 'request' | 'response' = 'request',
): string | undefined {
  const s = source.trim();
  if (/^'.*'$/s.test(s)) return s.slice(1, -1);
  const req = input.request ?? {};
  let m: RegExpExecArray | null;
  if ((m = /^stageVariables\.(.+)$/.exec(s))) return input.stageVariables?.[m[1]];
  if ((m = /^context\.(.+)$/.exec(s))) return contextValue(context, m[1]);
  if (side === 'request') {
    if ((m = /^method\.request\.path\.(.+)$/.exec(s))) return req.pathParameters?.[m[1]];
    if ((m = /^method\.request\.querystring\.(.+)$/.exec(s))) return multi(lookup(req.query, m[1], false), false);
    if ((m = /^method\.request\.multivaluequerystring\.(.+)$/.exec(s)))
      return multi(lookup(req.query, m[1], false), true);
    if ((m = /^method\.request\.header\.(.+)$/.exec(s))) return multi(lookup(req.headers, m[1], true), false);
    if ((m = /^method\.request\.multivalueheader\.(.+)$/.exec(s))) return multi(lookup(req.headers, m[1], true), true);
    if (s === 'method.request.body') return bodyText(req.body);
    if ((m = /^method\.request\.body\.(.+)$/.exec(s))) return jsonField(bodyText(req.body), m[1]);
  } else {
    const res = input.integrationResponse ?? {};
    if ((m = /^integration\.response\.header\.(.+)$/.exec(s))) return multi(lookup(res.headers, m[1], true), false);
    if ((m = /^integration\.response\.multivalueheader\.(.+)$/.exec(s)))
      return multi(lookup(res.headers, m[1], true), true);
    if (s === 'integration.response.body') return bodyText(res.body);
    if ((m = /^integration\.response\.body\.(.+)$/.exec(s))) return jsonField(bodyText(res.body), m[1]);
  }
  throw new Error(`unsupported mapping expression ${source}`);
}

function jsonField(body: string, path: string): string | undefined {
  try {
    const v = evaluateJsonPath(`$.${path}`, JSON.parse(body));
    if (v === null || v === undefined) return undefined;
    return typeof v === 'string' ? v : JSON.stringify(v);
  } catch {
    return undefined;
  }
}

/** Applies an integration's `requestParameters` (`integration.request.{header|querystring|path}.name` keys). */
export function mapRequestParameters(
  requestParameters: Record<string, string> | undefined,
  input: TemplateInput,
  context: Record<string, unknown>,
): MappedParameters {
  const out: MappedParameters = { header: {}, querystring: {}, path: {}, warnings: [] };
  for (const [target, source] of Object.entries(requestParameters ?? {})) {
    const m = /^integration\.request\.(header|querystring|path)\.(.+)$/.exec(target);
    if (!m) {
      out.warnings.push(`requestParameters key ${target} is not integration.request.{header|querystring|path}.NAME`);
      continue;
    }
    let value: string | undefined;
    try {
      value = evaluateMappingSource(String(source), input, context, 'request');
    } catch (error) {
      out.warnings.push(`requestParameters ${target}: ${(error as Error).message}`);
      continue;
    }
    if (value === undefined) continue; // an absent method parameter maps to nothing
    out[m[1] as 'header' | 'querystring' | 'path'][m[2]] = value;
  }
  return out;
}

/** Content-Type of the method request. */
export function requestContentType(input: TemplateInput): string | undefined {
  return header(input.request?.headers, 'Content-Type');
}
