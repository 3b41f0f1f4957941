/**
 * Builds an OpenAPI 3.0 document with API Gateway extensions from a REST API's live state
 * (GetRestApi, GetResources with embedded methods, GetAuthorizers, GetRequestValidators,
 * GetGatewayResponses, GetModels). It is what GetExport would return for the API's working
 * state, so the model builder treats both sources alike. Used for `aws:API`, and for
 * `aws:API/STAGE` when an emulator's export lacks the extensions (moto's does).
 */
import type {
  Authorizer,
  GatewayResponse,
  Method,
  Model,
  RequestValidator,
  Resource,
  RestApi,
} from '@aws-sdk/client-api-gateway';
import { isObject } from '../canonical.js';

export interface RestApiState {
  api: RestApi;
  resources: Resource[];
  authorizers: Authorizer[];
  validators: RequestValidator[];
  gatewayResponses: GatewayResponse[];
  models: Model[];
}

const X = 'x-amazon-apigateway-';
const IAM_SCHEME = 'sigv4';
const API_KEY_SCHEME = 'api_key';

export function openApiFromState(state: RestApiState): any {
  const { api } = state;
  const authorizers = new Map(state.authorizers.map((a) => [a.id, a]));
  const validators = new Map(state.validators.map((v) => [v.id, v]));
  const models = modelSchemas(state.models);
  const schemes: Record<string, any> = {};
  const doc: any = {
    openapi: '3.0.1',
    info: { title: api.name ?? '', version: '' },
    paths: {},
    components: { securitySchemes: schemes },
  };

  for (const resource of state.resources) {
    if (!resource.path) continue;
    for (const [verb, method] of Object.entries(resource.resourceMethods ?? {})) {
      const key = verb === 'ANY' ? `${X}any-method` : verb.toLowerCase();
      (doc.paths[resource.path] ??= {})[key] = operationFrom(method, resource, {
        authorizers,
        validators,
        models,
        schemes,
      });
    }
  }
  for (const a of state.authorizers) {
    if (!a.name) continue;
    schemes[a.name] = {
      type: 'apiKey',
      name: 'Unused',
      in: 'header',
      [`${X}authtype`]: a.authType,
      [`${X}authorizer`]: {
        type: a.type?.toLowerCase(),
        authorizerUri: a.authorizerUri,
        authorizerCredentials: a.authorizerCredentials,
        identitySource: a.identitySource,
        identityValidationExpression: a.identityValidationExpression,
        authorizerResultTtlInSeconds: a.authorizerResultTtlInSeconds,
        providerARNs: a.providerARNs,
      },
    };
  }
  const validatorMap: Record<string, any> = {};
  for (const v of state.validators) {
    if (v.name)
      validatorMap[v.name] = {
        validateRequestBody: v.validateRequestBody === true,
        validateRequestParameters: v.validateRequestParameters === true,
      };
  }
  if (Object.keys(validatorMap).length) doc[`${X}request-validators`] = validatorMap;
  // GetGatewayResponses lists every type; only the customised ones (defaultResponse false) are part of a definition.
  const responses: Record<string, any> = {};
  for (const r of state.gatewayResponses) {
    if (r.defaultResponse || !r.responseType) continue;
    responses[r.responseType] = {
      statusCode: r.statusCode,
      responseParameters: r.responseParameters,
      responseTemplates: r.responseTemplates,
    };
  }
  if (Object.keys(responses).length) doc[`${X}gateway-responses`] = responses;
  if (api.binaryMediaTypes?.length) doc[`${X}binary-media-types`] = api.binaryMediaTypes;
  if (api.apiKeySource) doc[`${X}api-key-source`] = api.apiKeySource;
  if (typeof api.minimumCompressionSize === 'number') doc[`${X}minimum-compression-size`] = api.minimumCompressionSize;
  if (api.policy) doc[`${X}policy`] = api.policy;
  doc.servers = [
    {
      url: '/',
      [`${X}endpoint-configuration`]: {
        disableExecuteApiEndpoint: api.disableExecuteApiEndpoint === true,
        vpcEndpointIds: api.endpointConfiguration?.vpcEndpointIds ?? [],
        ipAddressType: api.endpointConfiguration?.ipAddressType,
      },
    },
  ];
  return doc;
}

interface Lookups {
  authorizers: Map<string | undefined, Authorizer>;
  validators: Map<string | undefined, RequestValidator>;
  models: Map<string, unknown>;
  schemes: Record<string, any>;
}

function operationFrom(method: Method, resource: Resource, look: Lookups): any {
  const op: any = { responses: {} };
  const parameters: any[] = [];
  for (const [expr, required] of Object.entries(method.requestParameters ?? {})) {
    const m = /^method\.request\.(path|querystring|header)\.(.+)$/.exec(expr);
    if (m)
      parameters.push({
        name: m[2],
        in: m[1] === 'querystring' ? 'query' : m[1],
        required: m[1] === 'path' || required === true,
      });
  }
  if (parameters.length) op.parameters = parameters;
  const content: Record<string, any> = {};
  for (const [type, modelName] of Object.entries(method.requestModels ?? {}))
    content[type] = { schema: look.models.get(modelName) ?? {} };
  if (Object.keys(content).length) op.requestBody = { content };
  for (const [code, r] of Object.entries(method.methodResponses ?? {})) {
    const headers: Record<string, any> = {};
    for (const expr of Object.keys(r.responseParameters ?? {})) {
      const m = /^method\.response\.header\.(.+)$/.exec(expr);
      if (m) headers[m[1]] = { schema: { type: 'string' } };
    }
    op.responses[code] = { description: `${code} response`, ...(Object.keys(headers).length ? { headers } : {}) };
  }
  const security: any[] = [];
  const type = method.authorizationType?.toUpperCase();
  if (type === 'AWS_IAM') {
    look.schemes[IAM_SCHEME] ??= { type: 'apiKey', name: 'Authorization', in: 'header', [`${X}authtype`]: 'awsSigv4' };
    security.push({ [IAM_SCHEME]: [] });
  } else if ((type === 'CUSTOM' || type === 'COGNITO_USER_POOLS') && method.authorizerId) {
    const name = look.authorizers.get(method.authorizerId)?.name ?? method.authorizerId;
    security.push({ [name]: method.authorizationScopes ?? [] });
  }
  if (method.apiKeyRequired) {
    look.schemes[API_KEY_SCHEME] ??= { type: 'apiKey', name: 'x-api-key', in: 'header' };
    security.push({ [API_KEY_SCHEME]: [] });
  }
  if (security.length) op.security = security;
  const validator = method.requestValidatorId ? look.validators.get(method.requestValidatorId)?.name : undefined;
  if (validator) op[`${X}request-validator`] = validator;

  const i = method.methodIntegration;
  if (i) {
    const responses: Record<string, any> = {};
    for (const r of Object.values(i.integrationResponses ?? {})) {
      responses[r.selectionPattern ? r.selectionPattern : 'default'] = {
        statusCode: r.statusCode,
        responseParameters: r.responseParameters,
        responseTemplates: r.responseTemplates,
        contentHandling: r.contentHandling,
      };
    }
    op[`${X}integration`] = {
      type: i.type,
      uri: i.uri,
      httpMethod: i.httpMethod,
      credentials: i.credentials,
      requestParameters: i.requestParameters,
      requestTemplates: i.requestTemplates,
      passthroughBehavior: i.passthroughBehavior,
      contentHandling: i.contentHandling,
      timeoutInMillis: i.timeoutInMillis,
      connectionType: i.connectionType,
      connectionId: i.connectionId,
      integrationTarget: (i as { integrationTarget?: string }).integrationTarget,
      cacheKeyParameters: i.cacheKeyParameters,
      // AWS fills the namespace with the resource id when none was given: that is not a setting.
      cacheNamespace: i.cacheNamespace && i.cacheNamespace !== resource.id ? i.cacheNamespace : undefined,
      tlsConfig: i.tlsConfig,
      responseTransferMode: (i as { responseTransferMode?: string }).responseTransferMode,
      responses,
    };
  }
  return op;
}

/**
 * Model schemas by name. Models refer to each other by URL
 * (`https://apigateway.amazonaws.com/restapis/{id}/models/{name}`); those refs are replaced by
 * the referenced schema so the result compares with a definition whose `$ref`s were resolved.
 */
function modelSchemas(models: Model[]): Map<string, unknown> {
  const parsed = new Map<string, unknown>();
  for (const m of models) {
    if (!m.name) continue;
    try {
      parsed.set(m.name, m.schema ? JSON.parse(m.schema) : {});
    } catch {
      parsed.set(m.name, {});
    }
  }
  const refName = (ref: string) =>
    /\/models\/([^/#?]+)$/.exec(ref)?.[1] ?? /^#\/(?:definitions|components\/schemas)\/(.+)$/.exec(ref)?.[1];
  const inline = (value: unknown, depth: number): unknown => {
    if (Array.isArray(value)) return value.map((v) => inline(v, depth));
    if (!isObject(value)) return value;
    if (typeof value.$ref === 'string') {
      const name = refName(value.$ref);
      if (name && parsed.has(name) && depth < 32) return inline(parsed.get(name), depth + 1);
    }
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, inline(v, depth)]));
  };
  return new Map([...parsed].map(([name, schema]) => [name, inline(schema, 0)]));
}
