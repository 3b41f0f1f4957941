/**
 * The one place that says which path-item keys hold operations and which HTTP methods API Gateway
 * takes, and the one walk over a definition's operations.
 */
import type { JsonPath } from '../core/finding.js';

/** Operation keys of an OpenAPI path item (OpenAPI 3.0 "Path Item Object"; Swagger 2.0 has no `trace`). */
export const OPENAPI_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
export type OpenApiMethod = (typeof OPENAPI_METHODS)[number];

/**
 * The methods an API Gateway resource or route takes (`HttpMethod` of PutMethod / CreateRoute:
 * DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT, ANY): OpenAPI's without `trace`. ANY is written as
 * the `x-amazon-apigateway-any-method` key.
 */
export const APIGW_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch'] as const;
export type ApigwMethod = (typeof APIGW_METHODS)[number];

/** API Gateway's path-item key for its catch-all ANY method. */
export const ANY_METHOD = 'x-amazon-apigateway-any-method';

/** Every path-item key that holds an operation: OpenAPI's methods, then API Gateway's ANY. */
export const OPERATION_KEYS: readonly string[] = [...OPENAPI_METHODS, ANY_METHOD];

const openApiMethods = new Set<string>(OPENAPI_METHODS);
const apigwMethods = new Set<string>(APIGW_METHODS);

/** True for a path-item key that holds an operation (`x-amazon-apigateway-any-method` included). */
export function isOperationKey(key: string): boolean {
  return openApiMethods.has(key) || key === ANY_METHOD;
}

/** API Gateway's name for the method under a path-item key (`GET`, `ANY`); undefined for keys it has no method for (`trace`, `parameters`). */
export function apigwMethodOf(key: string): string | undefined {
  if (key === ANY_METHOD) return 'ANY';
  return apigwMethods.has(key) ? key.toUpperCase() : undefined;
}

export interface OperationAt {
  /** The key under `paths` (`/pets/{id}`). */
  pathKey: string;
  /** The path-item key: a lower-case method or `x-amazon-apigateway-any-method`. */
  method: string;
  operation: Record<string, any>;
  pathItem: Record<string, any>;
  /** `['paths', pathKey, method]`. */
  path: JsonPath;
}

export interface OperationsOptions {
  /** Which path-item keys count (default OPERATION_KEYS, in that order). */
  keys?: readonly string[];
}

const isObject = (v: unknown): v is Record<string, any> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The operations under a path item, in the order of `keys`, skipping anything that is not an object. */
export function pathItemOperations(
  pathItem: unknown,
  keys: readonly string[] = OPERATION_KEYS,
): Array<[string, Record<string, any>]> {
  if (!isObject(pathItem)) return [];
  const out: Array<[string, Record<string, any>]> = [];
  for (const key of keys) if (isObject(pathItem[key])) out.push([key, pathItem[key]]);
  return out;
}

/** Every operation of a definition (Swagger 2.0 or OpenAPI 3.x), path by path in written order. */
export function operationsOf(doc: unknown, options: OperationsOptions = {}): OperationAt[] {
  const paths = isObject(doc) && isObject(doc.paths) ? doc.paths : {};
  const out: OperationAt[] = [];
  for (const [pathKey, pathItem] of Object.entries(paths)) {
    if (!isObject(pathItem)) continue;
    for (const [method, operation] of pathItemOperations(pathItem, options.keys)) {
      out.push({ pathKey, method, operation, pathItem, path: ['paths', pathKey, method] });
    }
  }
  return out;
}
