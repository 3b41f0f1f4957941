/**
 * Turns an OpenAPI document (Swagger 2.0 or OpenAPI 3.0, `$ref`s resolved) into the diff model,
 * the way API Gateway's importer reads it: servers/host/basePath ignored, root `security` ignored
 * for REST, enums case-insensitive, the defaults AWS fills in made explicit.
 */
import { canonicalPolicy, canonicalSchema, isObject, sortedUnique, str, stringMap, upper } from './canonical.js';
import {
  emptyModel,
  operationKey,
  type ApiModel,
  type ApiType,
  type AuthModel,
  type AuthorizerModel,
  type CorsModel,
  type GatewayResponseModel,
  type IntegrationModel,
  type IntegrationResponseModel,
  type OperationModel,
  type ParameterModel,
  type RequestBodyModel,
  type ResponseModel,
  type ValidationModel,
} from './model.js';
import { ANY_METHOD, APIGW_METHODS, apigwMethodOf, pathItemOperations } from '../definition/methods.js';

/** The operations API Gateway imports (OpenAPI's `trace` has no API Gateway method). */
const METHOD_KEYS = [...APIGW_METHODS, ANY_METHOD];
const X = 'x-amazon-apigateway-';

export interface FromOpenApiOptions {
  type: ApiType;
  /** REST endpoint type when known from elsewhere (apigw.yaml `api.endpointType`). */
  endpointType?: string;
}

export function modelFromOpenApi(doc: any, options: FromOpenApiOptions): ApiModel {
  const model = emptyModel(options.type);
  if (!isObject(doc)) return model;
  const swagger2 = typeof doc.swagger === 'string' || typeof doc.swagger === 'number';
  const schemes: Record<string, any> = (swagger2 ? doc.securityDefinitions : doc.components?.securitySchemes) ?? {};
  const ctx: Context = { doc, swagger2, schemes, type: options.type };

  model.requestValidators = readValidators(doc[`${X}request-validators`]);
  model.authorizers = readAuthorizers(schemes, options.type);
  model.apiKeySource = upper(doc[`${X}api-key-source`]) ?? 'HEADER';
  if (options.type === 'http' && isObject(doc[`${X}cors`])) model.cors = readCors(doc[`${X}cors`]);
  model.gatewayResponses = readGatewayResponses(doc[`${X}gateway-responses`]);
  model.binaryMediaTypes = readBinaryMediaTypes(doc[`${X}binary-media-types`]);
  if (typeof doc[`${X}minimum-compression-size`] === 'number')
    model.minimumCompressionSize = doc[`${X}minimum-compression-size`];
  const endpoint = swagger2
    ? doc[`${X}endpoint-configuration`]
    : (Array.isArray(doc.servers) ? doc.servers : []).map((s: any) => s?.[`${X}endpoint-configuration`]).find(isObject);
  model.endpoint = readEndpoint(endpoint, options.endpointType);
  const policy = canonicalPolicy(doc[`${X}policy`]);
  if (policy !== undefined) model.policy = policy;

  for (const [rawPath, item] of Object.entries<any>(isObject(doc.paths) ? doc.paths : {})) {
    if (!isObject(item)) continue;
    const path = normalisePath(rawPath);
    for (const [name, op] of pathItemOperations(item, METHOD_KEYS)) {
      const method = apigwMethodOf(name)!;
      const operation = readOperation(ctx, method, path, item, op);
      model.operations[operation.key] = operation;
    }
  }
  return model;
}

interface Context {
  doc: any;
  swagger2: boolean;
  schemes: Record<string, any>;
  type: ApiType;
}

/** API Gateway resource paths never end in `/` (except the root). */
export function normalisePath(path: string): string {
  const trimmed = path.trim();
  return trimmed.length > 1 ? trimmed.replace(/\/+$/, '') : trimmed || '/';
}

function readOperation(ctx: Context, method: string, path: string, item: any, op: any): OperationModel {
  const { parameters, body } = readParameters(ctx, item, op);
  const integration = isObject(op[`${X}integration`]) ? readIntegration(op[`${X}integration`], ctx.type) : undefined;
  const operation: OperationModel = {
    key: operationKey(method, path),
    method,
    path,
    parameters,
    responses: readResponses(op.responses),
    ...readSecurity(ctx, op),
    validation: effectiveValidation(ctx.doc, op),
    integration,
  };
  if (body) operation.requestBody = body;
  if (method === 'OPTIONS' && integration) {
    const preflight = extractPreflight(integration);
    if (preflight) operation.preflight = preflight;
  }
  if (ctx.type === 'http') {
    // An HTTP API route stores neither responses nor request parameters (Route.RequestParameters and
    // route responses are "supported only for WebSocket APIs", API reference v2 Route/RouteResponse)
    // and validates nothing: only the path's own parameters are part of what it serves.
    operation.validation = { body: false, parameters: false };
    operation.responses = {};
    operation.parameters = pathParameters(path);
  }
  return operation;
}

/** `{id}` and greedy `{proxy+}` segments of a route path, as API Gateway reads them. */
function pathParameters(path: string): Record<string, ParameterModel> {
  const out: Record<string, ParameterModel> = {};
  for (const m of path.matchAll(/\{([^}+]+)\+?\}/g))
    out[`path.${m[1]}`] = { location: 'path', name: m[1], required: true };
  return out;
}

function readParameters(
  ctx: Context,
  item: any,
  op: any,
): { parameters: Record<string, ParameterModel>; body?: RequestBodyModel } {
  // Operation-level parameters override path-level ones with the same name and location.
  const merged = new Map<string, any>();
  for (const p of [
    ...(Array.isArray(item.parameters) ? item.parameters : []),
    ...(Array.isArray(op.parameters) ? op.parameters : []),
  ]) {
    if (isObject(p) && typeof p.name === 'string') merged.set(`${p.in}:${p.name}`, p);
  }
  const parameters: Record<string, ParameterModel> = {};
  let body: RequestBodyModel | undefined;
  for (const p of merged.values()) {
    const location = p.in === 'query' ? 'querystring' : p.in === 'path' || p.in === 'header' ? p.in : undefined;
    if (location) {
      const name = location === 'header' ? p.name.toLowerCase() : p.name;
      parameters[`${location}.${name}`] = { location, name, required: location === 'path' || p.required === true };
    } else if (p.in === 'body' && ctx.swagger2) {
      const types: string[] = op.consumes ?? ctx.doc.consumes ?? ['application/json'];
      body = { content: Object.fromEntries(types.map((t) => [t.toLowerCase(), canonicalSchema(p.schema) ?? null])) };
    }
  }
  if (!ctx.swagger2 && isObject(op.requestBody) && isObject(op.requestBody.content)) {
    const content: Record<string, unknown> = {};
    for (const [type, media] of Object.entries<any>(op.requestBody.content))
      content[type.toLowerCase()] = canonicalSchema(media?.schema) ?? null;
    body = { content };
  }
  // HTTP APIs do not validate or model request bodies (import reports them as Info).
  if (ctx.type === 'http') body = undefined;
  return { parameters, body };
}

function readResponses(responses: unknown): Record<string, ResponseModel> {
  const out: Record<string, ResponseModel> = {};
  if (!isObject(responses)) return out;
  for (const [code, response] of Object.entries<any>(responses)) {
    out[String(code)] = {
      headers: sortedUnique(
        Object.keys(isObject(response?.headers) ? response.headers : {}).map((h) => h.toLowerCase()),
      ),
    };
  }
  return out;
}

function readSecurity(ctx: Context, op: any): { auth: AuthModel; apiKeyRequired: boolean } {
  // REST import ignores root-level `security` (reference §1.2); HTTP APIs apply it as the default.
  const requirements = Array.isArray(op.security)
    ? op.security
    : ctx.type === 'http' && Array.isArray(ctx.doc.security)
      ? ctx.doc.security
      : [];
  let auth: AuthModel = { type: 'NONE', scopes: [] };
  let apiKeyRequired = false;
  for (const requirement of requirements) {
    if (!isObject(requirement)) continue;
    for (const [name, scopes] of Object.entries(requirement)) {
      const scheme = ctx.schemes[name];
      const authorizer = scheme?.[`${X}authorizer`];
      if (isObject(authorizer)) {
        const type = upper(authorizer.type);
        auth = {
          type: type === 'COGNITO_USER_POOLS' ? 'COGNITO_USER_POOLS' : type === 'JWT' ? 'JWT' : 'CUSTOM',
          authorizer: name,
          scopes: sortedUnique(Array.isArray(scopes) ? scopes.map(String) : []),
        };
      } else if (typeof scheme?.[`${X}authtype`] === 'string' && scheme[`${X}authtype`].toLowerCase() === 'awssigv4') {
        auth = { type: 'AWS_IAM', scopes: [] };
      } else if (scheme?.type === 'apiKey') {
        apiKeyRequired = true;
      }
    }
  }
  const explicit = upper(op[`${X}auth`]?.type);
  if (explicit === 'AWS_IAM') auth = { type: 'AWS_IAM', scopes: [] };
  return { auth, apiKeyRequired };
}

function effectiveValidation(doc: any, op: any): ValidationModel {
  const name = op[`${X}request-validator`] ?? doc[`${X}request-validator`];
  const validator = typeof name === 'string' ? doc[`${X}request-validators`]?.[name] : undefined;
  return { body: validator?.validateRequestBody === true, parameters: validator?.validateRequestParameters === true };
}

function readValidators(value: unknown): Record<string, ValidationModel> {
  const out: Record<string, ValidationModel> = {};
  if (!isObject(value)) return out;
  for (const [name, v] of Object.entries<any>(value)) {
    out[name] = { body: v?.validateRequestBody === true, parameters: v?.validateRequestParameters === true };
  }
  return out;
}

const PROXY_TYPES = new Set(['AWS_PROXY', 'HTTP_PROXY']);

export function readIntegration(raw: any, apiType: ApiType): IntegrationModel {
  const type = upper(raw.type) ?? 'UNKNOWN';
  const rest = apiType === 'rest';
  const integration: IntegrationModel = {
    type,
    timeoutInMillis:
      typeof raw.timeoutInMillis === 'number'
        ? raw.timeoutInMillis
        : Number(raw.timeoutInMillis) || (rest ? 29000 : 30000),
    connectionType: upper(raw.connectionType) ?? 'INTERNET',
    cacheKeyParameters: sortedUnique(Array.isArray(raw.cacheKeyParameters) ? raw.cacheKeyParameters.map(String) : []),
    requestParameters: stringMap(raw.requestParameters),
    requestTemplates: rest ? stringMap(raw.requestTemplates) : {},
    responses: {},
  };
  if (type !== 'MOCK') {
    setIf(integration, 'uri', str(raw.uri));
    setIf(integration, 'httpMethod', upper(raw.httpMethod));
  }
  setIf(integration, 'credentials', str(raw.credentials));
  setIf(integration, 'connectionId', str(raw.connectionId));
  setIf(integration, 'integrationTarget', str(raw.integrationTarget));
  setIf(integration, 'cacheNamespace', str(raw.cacheNamespace));
  setIf(integration, 'integrationSubtype', str(raw.integrationSubtype));
  if (rest) {
    integration.passthroughBehavior = upper(raw.passthroughBehavior) ?? 'WHEN_NO_MATCH';
    setIf(integration, 'contentHandling', upper(raw.contentHandling));
    const mode = upper(raw.responseTransferMode);
    if (mode && mode !== 'BUFFERED') integration.responseTransferMode = mode;
  } else {
    const version = payloadVersion(raw.payloadFormatVersion) ?? (type === 'HTTP_PROXY' ? '1.0' : undefined);
    setIf(integration, 'payloadFormatVersion', version);
  }
  const tls = isObject(raw.tlsConfig)
    ? Object.fromEntries(Object.entries(raw.tlsConfig).filter(([, v]) => v !== false && v != null))
    : {};
  if (Object.keys(tls).length > 0) integration.tlsConfig = tls;
  // Integration responses are not used by proxy integrations, so exports that list a default one are not a change.
  if (rest && !PROXY_TYPES.has(type) && isObject(raw.responses)) {
    for (const [pattern, r] of Object.entries<any>(raw.responses)) {
      if (!isObject(r)) continue;
      const response: IntegrationResponseModel = {
        statusCode: str(r.statusCode) ?? '',
        responseParameters: stringMap(r.responseParameters),
        responseTemplates: stringMap(r.responseTemplates),
      };
      setIf(response, 'contentHandling', upper(r.contentHandling));
      integration.responses[pattern === '' ? 'default' : pattern] = response;
    }
  }
  return integration;
}

function payloadVersion(value: unknown): string | undefined {
  if (typeof value === 'number') return Number.isInteger(value) ? value.toFixed(1) : String(value);
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function setIf<T extends object, K extends keyof T>(target: T, key: K, value: T[K] | undefined): void {
  if (value !== undefined) target[key] = value;
}

const CORS_HEADERS: Record<string, keyof CorsModel> = {
  'access-control-allow-origin': 'allowOrigins',
  'access-control-allow-methods': 'allowMethods',
  'access-control-allow-headers': 'allowHeaders',
  'access-control-expose-headers': 'exposeHeaders',
  'access-control-allow-credentials': 'allowCredentials',
  'access-control-max-age': 'maxAge',
};
const RESPONSE_HEADER = 'method.response.header.';

/**
 * A REST preflight is a MOCK `OPTIONS` method whose integration responses set
 * `Access-Control-*` headers to static values (reference §5.1). Those mappings are moved out of
 * the integration into a CORS view so that a changed origin reads as a CORS change.
 */
export function extractPreflight(integration: IntegrationModel): CorsModel | undefined {
  if (integration.type !== 'MOCK') return undefined;
  let found = false;
  const cors: CorsModel = {
    allowOrigins: [],
    allowMethods: [],
    allowHeaders: [],
    exposeHeaders: [],
    allowCredentials: false,
  };
  for (const response of Object.values(integration.responses)) {
    for (const [key, value] of Object.entries(response.responseParameters)) {
      if (!key.toLowerCase().startsWith(RESPONSE_HEADER)) continue;
      const field = CORS_HEADERS[key.slice(RESPONSE_HEADER.length).toLowerCase()];
      if (!field) continue;
      found = true;
      const literal = value.trim().replace(/^'(.*)'$/s, '$1');
      if (field === 'allowCredentials') cors.allowCredentials = literal.toLowerCase() === 'true';
      else if (field === 'maxAge') cors.maxAge = Number(literal);
      else
        (cors[field] as string[]).push(
          ...literal
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean),
        );
      delete response.responseParameters[key];
    }
  }
  return found ? normaliseCors(cors) : undefined;
}

function readCors(raw: any): CorsModel {
  const list = (v: unknown) => (Array.isArray(v) ? v.map(String) : []);
  const cors: CorsModel = {
    allowOrigins: list(raw.allowOrigins),
    allowMethods: list(raw.allowMethods),
    allowHeaders: list(raw.allowHeaders),
    exposeHeaders: list(raw.exposeHeaders),
    allowCredentials: raw.allowCredentials === true,
  };
  if (typeof raw.maxAge === 'number') cors.maxAge = raw.maxAge;
  return normaliseCors(cors);
}

/** Origins and header names are case-insensitive, methods upper case. */
export function normaliseCors(cors: CorsModel): CorsModel {
  return {
    ...cors,
    allowOrigins: sortedUnique(cors.allowOrigins.map((o) => o.toLowerCase())),
    allowMethods: sortedUnique(cors.allowMethods.map((m) => m.toUpperCase())),
    allowHeaders: sortedUnique(cors.allowHeaders.map((h) => h.toLowerCase())),
    exposeHeaders: sortedUnique(cors.exposeHeaders.map((h) => h.toLowerCase())),
  };
}

function readAuthorizers(schemes: Record<string, any>, apiType: ApiType): Record<string, AuthorizerModel> {
  const out: Record<string, AuthorizerModel> = {};
  for (const [name, scheme] of Object.entries(schemes)) {
    const raw = scheme?.[`${X}authorizer`];
    if (!isObject(raw)) continue;
    const type = upper(raw.type) ?? 'TOKEN';
    const authorizer: AuthorizerModel = {
      name,
      type,
      providerArns: sortedUnique(Array.isArray(raw.providerARNs) ? raw.providerARNs.map(String) : []),
      jwtAudience: sortedUnique(
        Array.isArray(raw.jwtConfiguration?.audience) ? raw.jwtConfiguration.audience.map(String) : [],
      ),
    };
    setIf(authorizer, 'authorizerUri', str(raw.authorizerUri));
    setIf(authorizer, 'authorizerCredentials', str(raw.authorizerCredentials));
    let identity = str(raw.identitySource);
    // REST token and Cognito authorizers read the header the security scheme names when no identitySource is given.
    if (
      !identity &&
      apiType === 'rest' &&
      (type === 'TOKEN' || type === 'COGNITO_USER_POOLS') &&
      typeof scheme.name === 'string'
    ) {
      identity = `method.request.header.${scheme.name}`;
    }
    if (identity)
      authorizer.identitySource = identity
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
        .join(', ');
    setIf(authorizer, 'identityValidationExpression', str(raw.identityValidationExpression));
    const ttl = raw.authorizerResultTtlInSeconds;
    if (type !== 'JWT')
      authorizer.resultTtlInSeconds = ttl === undefined || ttl === null || ttl === '' ? 300 : Number(ttl);
    setIf(authorizer, 'payloadFormatVersion', payloadVersion(raw.authorizerPayloadFormatVersion));
    if (typeof raw.enableSimpleResponses === 'boolean') authorizer.enableSimpleResponses = raw.enableSimpleResponses;
    setIf(authorizer, 'jwtIssuer', str(raw.jwtConfiguration?.issuer));
    out[name] = authorizer;
  }
  return out;
}

export function readGatewayResponses(value: unknown): Record<string, GatewayResponseModel> {
  const out: Record<string, GatewayResponseModel> = {};
  if (!isObject(value)) return out;
  for (const [type, r] of Object.entries<any>(value)) {
    const response: GatewayResponseModel = {
      responseParameters: stringMap(r?.responseParameters),
      responseTemplates: stringMap(r?.responseTemplates),
    };
    setIf(response, 'statusCode', str(r?.statusCode));
    out[type.toUpperCase()] = response;
  }
  return out;
}

/** API Gateway's own API writes `/` inside a media type as `~1` (JSON Pointer escaping). */
export function readBinaryMediaTypes(value: unknown): string[] {
  return sortedUnique((Array.isArray(value) ? value : []).map((t) => String(t).replace(/~1/g, '/').toLowerCase()));
}

function readEndpoint(raw: any, endpointType?: string): ApiModel['endpoint'] {
  const endpoint: ApiModel['endpoint'] = {
    disableExecuteApiEndpoint: raw?.disableExecuteApiEndpoint === true,
    vpcEndpointIds: sortedUnique(Array.isArray(raw?.vpcEndpointIds) ? raw.vpcEndpointIds.map(String) : []),
  };
  if (endpointType) endpoint.types = [endpointType.toUpperCase()];
  const ip = typeof raw?.ipAddressType === 'string' ? raw.ipAddressType.toLowerCase() : undefined;
  // ipv4 is the default AWS reports when nothing was set.
  if (ip && ip !== 'ipv4') endpoint.ipAddressType = ip;
  return endpoint;
}
