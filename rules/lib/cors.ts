/**
 * How a REST definition expresses CORS (DG how-to-cors, enable-cors-for-resource-using-swagger-
 * importer-tool): a MOCK `options` preflight per resource and `method.response.header.Access-
 * Control-*` mappings on integration responses. HTTP APIs use `x-amazon-apigateway-cors` instead.
 */
import { INTEGRATION, isObject } from './apigw.js';

export const ALLOW_ORIGIN = 'Access-Control-Allow-Origin';
export const PREFLIGHT_HEADERS = ['Access-Control-Allow-Headers', 'Access-Control-Allow-Methods', ALLOW_ORIGIN];

/** `method.response.header.X` → value, over every integration response of an operation (header names lower-cased). */
export function mappedResponseHeaders(operation: any): Map<string, { value: unknown; path: (string | number)[] }> {
  const found = new Map<string, { value: unknown; path: (string | number)[] }>();
  const responses = operation?.[INTEGRATION]?.responses;
  if (!isObject(responses)) return found;
  for (const [key, response] of Object.entries(responses)) {
    const params = isObject(response) ? response.responseParameters : undefined;
    if (!isObject(params)) continue;
    for (const [target, value] of Object.entries(params)) {
      const m = /^method\.response\.header\.(.+)$/i.exec(target);
      if (m && !found.has(m[1].toLowerCase()))
        found.set(m[1].toLowerCase(), { value, path: [INTEGRATION, 'responses', key, 'responseParameters', target] });
    }
  }
  return found;
}

/** Header names declared on the operation's OpenAPI responses (lower-cased). */
export function declaredResponseHeaders(operation: any): Set<string> {
  const names = new Set<string>();
  for (const response of Object.values(isObject(operation?.responses) ? operation.responses : {})) {
    if (isObject(response) && isObject(response.headers))
      for (const name of Object.keys(response.headers)) names.add(name.toLowerCase());
  }
  return names;
}

/** True when an operation's responses carry Access-Control-Allow-Origin (mapped or declared). */
export function returnsCorsHeaders(operation: any): boolean {
  const origin = ALLOW_ORIGIN.toLowerCase();
  return mappedResponseHeaders(operation).has(origin) || declaredResponseHeaders(operation).has(origin);
}

/** A static mapping value is a single-quoted string: `'*'` → `*`. */
export function staticValue(value: unknown): string | undefined {
  return typeof value === 'string' && /^'.*'$/s.test(value) ? value.slice(1, -1) : undefined;
}
