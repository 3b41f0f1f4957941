/**
 * Where authorizers, security schemes and security requirements live in OAS2 and OAS3 documents,
 * and how API Gateway reads each scheme (authorizer, IAM, API key). Shared by the auth rules.
 */
import { isObject, operationsOf, perDocument, type Path } from './apigw.js';

export const AUTHORIZER = 'x-amazon-apigateway-authorizer';
export const AUTHTYPE = 'x-amazon-apigateway-authtype';
export const API_KEY_SOURCE = 'x-amazon-apigateway-api-key-source';

/** Every authorizer object, in Swagger 2.0 and OpenAPI 3.0 documents. */
export const AUTHORIZER_GIVEN = [
  `$.securityDefinitions[*]['${AUTHORIZER}']`,
  `$.components.securitySchemes[*]['${AUTHORIZER}']`,
];

/** Every security scheme. */
export const SCHEME_GIVEN = ['$.securityDefinitions[*]', '$.components.securitySchemes[*]'];

/** Lower-cased authorizer type (`TOKEN` and `token` are the same to the importer). */
export function authorizerType(authorizer: unknown): string | undefined {
  return isObject(authorizer) && typeof authorizer.type === 'string' ? authorizer.type.toLowerCase() : undefined;
}

/** The security scheme that holds the authorizer at `path` (`…/<scheme>/x-amazon-apigateway-authorizer`). */
export function schemeAt(root: any, authorizerPath: Path): any {
  let node = root;
  for (const key of authorizerPath.slice(0, -1)) node = node?.[key];
  return isObject(node) ? node : {};
}

export interface Schemes {
  base: Path;
  map: Record<string, any>;
}

export function securitySchemes(root: any): Schemes {
  if (isObject(root?.components?.securitySchemes))
    return { base: ['components', 'securitySchemes'], map: root.components.securitySchemes };
  if (isObject(root?.securityDefinitions)) return { base: ['securityDefinitions'], map: root.securityDefinitions };
  return { base: ['components', 'securitySchemes'], map: {} };
}

export type SchemeKind = 'lambda' | 'cognito' | 'jwt' | 'iam' | 'apiKey' | 'other';

/**
 * What API Gateway makes of a scheme: an authorizer (by its type), IAM (`x-amazon-apigateway-authtype`
 * `awsSigv4`, DG api-gateway-swagger-extensions-authtype), an API key (an `apiKey` scheme with neither,
 * DG api-key-usage-plan-oas), or something it does not use.
 */
export function schemeKind(scheme: unknown): SchemeKind {
  if (!isObject(scheme)) return 'other';
  const authorizer = scheme[AUTHORIZER];
  if (isObject(authorizer)) {
    const type = authorizerType(authorizer);
    if (type === 'cognito_user_pools') return 'cognito';
    if (type === 'jwt') return 'jwt';
    return 'lambda';
  }
  const authtype = typeof scheme[AUTHTYPE] === 'string' ? scheme[AUTHTYPE].toLowerCase() : '';
  if (authtype === 'awssigv4' || authtype === 'aws_iam') return 'iam';
  if (scheme.type === 'apiKey') return 'apiKey';
  return 'other';
}

export interface OperationRef {
  pathKey: string;
  method: string;
  path: Path;
  operation: any;
}

export function operations(root: any): OperationRef[] {
  return perDocument(root, 'security:operations', () => {
    const found: OperationRef[] = [];
    if (!isObject(root?.paths)) return found;
    for (const [pathKey, item] of Object.entries(root.paths)) {
      for (const [method, operation] of operationsOf(item))
        found.push({ pathKey, method, path: ['paths', pathKey, method], operation });
    }
    return found;
  });
}

/** Scheme names of a security requirement list (`[{a: []}, {b: [], c: []}]` → [[a], [b, c]]). */
export function requirementNames(security: unknown): string[][] {
  if (!Array.isArray(security)) return [];
  return security.filter(isObject).map((req) => Object.keys(req));
}

/** Kinds of the schemes an operation's own `security` references. */
export function operationKinds(root: any, operation: any, security: unknown = operation?.security): Set<SchemeKind> {
  const { map } = securitySchemes(root);
  const kinds = new Set<SchemeKind>();
  for (const names of requirementNames(security)) for (const name of names) kinds.add(schemeKind(map[name]));
  const auth = operation?.['x-amazon-apigateway-auth'];
  if (isObject(auth) && typeof auth.type === 'string' && auth.type.toLowerCase() === 'aws_iam') kinds.add('iam');
  return kinds;
}

/** Names of `apiKey` schemes API Gateway treats as "API key required". */
export function apiKeySchemeNames(root: any): string[] {
  const { map } = securitySchemes(root);
  return Object.keys(map).filter((name) => schemeKind(map[name]) === 'apiKey');
}

/** Operations that require an API key (reference one of the API key schemes in their own `security`). */
export function operationsRequiringApiKey(root: any): OperationRef[] {
  const keyNames = new Set(apiKeySchemeNames(root));
  return operations(root).filter((op) =>
    requirementNames(op.operation.security).some((names) => names.some((n) => keyNames.has(n))),
  );
}

/** How people name the method: `ANY` for x-amazon-apigateway-any-method. */
export function methodLabel(method: string): string {
  return method === 'x-amazon-apigateway-any-method' ? 'ANY' : method.toUpperCase();
}
