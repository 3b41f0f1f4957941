/**
 * A REST API built resource by resource (`AWS::ApiGateway::RestApi` without `Body`, plus its
 * `Resource`, `Method`, `Authorizer`, `Model`, `RequestValidator` and `GatewayResponse`
 * resources) written as the Swagger 2.0 document API Gateway would export for it, so every rule
 * that checks definitions checks it too. Each node remembers the template node it came from.
 */
import type { JsonPath } from '../../core/finding.js';
import { ANY_METHOD } from '../methods.js';
import { PositionMap } from './position-map.js';
import { referenced, refersTo, resourcesOf, type Resources } from './refs.js';

export interface BuiltDefinition {
  doc: Record<string, unknown>;
  map: PositionMap;
  /** Methods whose resource path could not be worked out (a ParentId that is not a Ref to a Resource of this API). */
  unplaced: string[];
}

const res = (id: string, ...rest: (string | number)[]): JsonPath => ['Resources', id, 'Properties', ...rest];

export function restApiFromResources(resources: Resources, apiId: string): BuiltDefinition {
  const api = resources[apiId]?.Properties ?? {};
  const map = new PositionMap(['Resources', apiId]);
  const doc: Record<string, unknown> = {
    swagger: '2.0',
    info: { title: typeof api.Name === 'string' ? api.Name : apiId, version: '1' },
  };
  map.set(['info', 'title'], res(apiId, 'Name'));
  const paths: Record<string, Record<string, unknown>> = {};
  doc.paths = paths;

  const extension = (key: string, prop: string, convert: (v: unknown) => unknown = (v) => v): void => {
    if (api[prop] === undefined) return;
    doc[key] = convert(api[prop]);
    map.copy([key], res(apiId, prop));
  };
  extension('x-amazon-apigateway-binary-media-types', 'BinaryMediaTypes');
  extension('x-amazon-apigateway-minimum-compression-size', 'MinimumCompressionSize');
  extension('x-amazon-apigateway-policy', 'Policy');
  extension('x-amazon-apigateway-api-key-source', 'ApiKeySourceType');
  extension('x-amazon-apigateway-endpoint-configuration', 'EndpointConfiguration', (v) => {
    const e = v as { VpcEndpointIds?: unknown; DisableExecuteApiEndpoint?: unknown } | null;
    return {
      ...(e?.VpcEndpointIds ? { vpcEndpointIds: e.VpcEndpointIds } : {}),
      ...(e?.DisableExecuteApiEndpoint !== undefined ? { disableExecuteApiEndpoint: e.DisableExecuteApiEndpoint } : {}),
    };
  });

  // Paths from the ParentId chain.
  const resourcePaths = new Map<string, string>();
  const resourceProps = new Map(resourcesOf(resources, 'AWS::ApiGateway::Resource', apiId));
  const pathOf = (id: string, depth = 0): string | undefined => {
    if (resourcePaths.has(id)) return resourcePaths.get(id);
    const props = resourceProps.get(id);
    if (!props || depth > 64 || typeof props.PathPart !== 'string') return undefined;
    const parent = referenced(props.ParentId);
    const base = isRoot(props.ParentId, apiId) ? '' : parent ? pathOf(parent.id, depth + 1) : undefined;
    if (base === undefined) return undefined;
    const path = `${base}/${props.PathPart}`;
    resourcePaths.set(id, path);
    return path;
  };

  const security: Record<string, unknown> = {};
  const authorizerNames = new Map<string, string>();
  for (const [id, props] of resourcesOf(resources, 'AWS::ApiGateway::Authorizer', apiId)) {
    const name = typeof props.Name === 'string' ? props.Name : id;
    authorizerNames.set(id, name);
    const type = String(props.Type ?? '').toLowerCase();
    const authorizer: Record<string, unknown> = { type };
    const at = ['securityDefinitions', name];
    map.set(at, ['Resources', id]);
    const field = (key: string, prop: string) => {
      if (props[prop] === undefined) return;
      authorizer[key] = props[prop];
      map.copy([...at, 'x-amazon-apigateway-authorizer', key], res(id, prop));
    };
    map.set([...at, 'x-amazon-apigateway-authorizer', 'type'], res(id, 'Type'));
    field('authorizerUri', 'AuthorizerUri');
    field('authorizerCredentials', 'AuthorizerCredentials');
    field('identitySource', 'IdentitySource');
    field('identityValidationExpression', 'IdentityValidationExpression');
    field('authorizerResultTtlInSeconds', 'AuthorizerResultTtlInSeconds');
    field('providerARNs', 'ProviderARNs');
    const header =
      typeof props.IdentitySource === 'string' && /^method\.request\.header\.[^,]+$/.test(props.IdentitySource)
        ? props.IdentitySource.slice('method.request.header.'.length)
        : 'Authorization';
    security[name] = {
      type: 'apiKey',
      name: header,
      in: 'header',
      'x-amazon-apigateway-authtype': type === 'cognito_user_pools' ? 'cognito_user_pools' : 'custom',
      'x-amazon-apigateway-authorizer': authorizer,
    };
  }

  const validatorNames = new Map<string, string>();
  const validators: Record<string, unknown> = {};
  for (const [id, props] of resourcesOf(resources, 'AWS::ApiGateway::RequestValidator', apiId)) {
    const name = typeof props.Name === 'string' ? props.Name : id;
    validatorNames.set(id, name);
    validators[name] = {
      validateRequestBody: props.ValidateRequestBody === true || props.ValidateRequestBody === 'true',
      validateRequestParameters: props.ValidateRequestParameters === true || props.ValidateRequestParameters === 'true',
    };
    map.set(['x-amazon-apigateway-request-validators', name], ['Resources', id]);
    map.set(['x-amazon-apigateway-request-validators', name, 'validateRequestBody'], res(id, 'ValidateRequestBody'));
    map.set(
      ['x-amazon-apigateway-request-validators', name, 'validateRequestParameters'],
      res(id, 'ValidateRequestParameters'),
    );
  }

  const modelNames = new Map<string, string>();
  const definitions: Record<string, unknown> = {};
  for (const [id, props] of resourcesOf(resources, 'AWS::ApiGateway::Model', apiId)) {
    const name = typeof props.Name === 'string' ? props.Name : id;
    modelNames.set(id, name);
    definitions[name] = props.Schema && typeof props.Schema === 'object' ? props.Schema : {};
    map.copy(['definitions', name], res(id, 'Schema'));
  }

  const gatewayResponses: Record<string, unknown> = {};
  for (const [id, props] of resourcesOf(resources, 'AWS::ApiGateway::GatewayResponse', apiId)) {
    if (typeof props.ResponseType !== 'string') continue;
    const at = ['x-amazon-apigateway-gateway-responses', props.ResponseType];
    const response: Record<string, unknown> = {};
    map.set(at, ['Resources', id]);
    if (props.StatusCode !== undefined) {
      response.statusCode = props.StatusCode;
      map.set([...at, 'statusCode'], res(id, 'StatusCode'));
    }
    if (props.ResponseParameters !== undefined) {
      response.responseParameters = props.ResponseParameters;
      map.copy([...at, 'responseParameters'], res(id, 'ResponseParameters'));
    }
    if (props.ResponseTemplates !== undefined) {
      response.responseTemplates = props.ResponseTemplates;
      map.copy([...at, 'responseTemplates'], res(id, 'ResponseTemplates'));
    }
    gatewayResponses[props.ResponseType] = response;
  }

  const unplaced: string[] = [];
  for (const [id, props] of resourcesOf(resources, 'AWS::ApiGateway::Method', apiId)) {
    const resource = referenced(props.ResourceId);
    const path = isRoot(props.ResourceId, apiId) ? '/' : resource ? pathOf(resource.id) : undefined;
    if (path === undefined || typeof props.HttpMethod !== 'string') {
      unplaced.push(id);
      continue;
    }
    const verb = props.HttpMethod.toUpperCase() === 'ANY' ? ANY_METHOD : props.HttpMethod.toLowerCase();
    const at = ['paths', path, verb];
    const operation = methodOperation(id, props, at, map, { authorizerNames, validatorNames, modelNames });
    paths[path] ??= {};
    paths[path][verb] = operation;
    map.set(['paths', path], ['Resources', id]);
    map.set(at, ['Resources', id]);
  }

  if (Object.keys(security).length > 0 || usesApiKeys(doc))
    doc.securityDefinitions = {
      ...security,
      ...(usesApiKeys(doc) ? { api_key: { type: 'apiKey', name: 'x-api-key', in: 'header' } } : {}),
    };
  if (Object.keys(definitions).length > 0) doc.definitions = definitions;
  if (Object.keys(validators).length > 0) doc['x-amazon-apigateway-request-validators'] = validators;
  if (Object.keys(gatewayResponses).length > 0) doc['x-amazon-apigateway-gateway-responses'] = gatewayResponses;
  return { doc, map, unplaced };
}

function pathParameters(path: string): string[] {
  return [...path.matchAll(/\{([^}+]+)\+?\}/g)].map((m) => m[1]!);
}

function isRoot(value: unknown, apiId: string): boolean {
  const hit = referenced(value);
  return hit?.id === apiId && hit.attribute === 'RootResourceId';
}

function usesApiKeys(doc: Record<string, unknown>): boolean {
  return JSON.stringify(doc.paths).includes('"api_key"');
}

interface Names {
  authorizerNames: Map<string, string>;
  validatorNames: Map<string, string>;
  modelNames: Map<string, string>;
}

function methodOperation(
  id: string,
  props: Record<string, unknown>,
  at: JsonPath,
  map: PositionMap,
  names: Names,
): Record<string, unknown> {
  const op: Record<string, unknown> = {};
  const security: Record<string, string[]>[] = [];
  const authorizer = referenced(props.AuthorizerId);
  const authType = String(props.AuthorizationType ?? 'NONE').toUpperCase();
  if (authorizer && names.authorizerNames.has(authorizer.id) && authType !== 'NONE') {
    const scopes = Array.isArray(props.AuthorizationScopes) ? props.AuthorizationScopes.map(String) : [];
    security.push({ [names.authorizerNames.get(authorizer.id)!]: scopes });
    map.set([...at, 'security', security.length - 1], res(id, 'AuthorizerId'));
  }
  if (props.ApiKeyRequired === true || props.ApiKeyRequired === 'true') {
    security.push({ api_key: [] });
    map.set([...at, 'security', security.length - 1], res(id, 'ApiKeyRequired'));
  }
  if (security.length > 0) op.security = security;
  if (authType === 'AWS_IAM') op['x-amazon-apigateway-auth'] = { type: 'AWS_IAM' };

  const parameters: Record<string, unknown>[] = [];
  if (props.RequestParameters && typeof props.RequestParameters === 'object') {
    for (const [key, required] of Object.entries(props.RequestParameters as Record<string, unknown>)) {
      const m = /^method\.request\.(path|querystring|header)\.(.+)$/.exec(key);
      if (!m) continue;
      const where = m[1] === 'querystring' ? 'query' : m[1]!;
      parameters.push({
        name: m[2],
        in: where,
        required: where === 'path' ? true : required === true || required === 'true',
        type: 'string',
      });
      map.set([...at, 'parameters', parameters.length - 1], res(id, 'RequestParameters', key));
    }
  }
  if (props.RequestModels && typeof props.RequestModels === 'object') {
    const [contentType, model] = Object.entries(props.RequestModels as Record<string, unknown>)[0] ?? [];
    const name =
      typeof model === 'string' ? model : referenced(model) ? names.modelNames.get(referenced(model)!.id) : undefined;
    if (contentType && name) {
      parameters.push({ name: 'body', in: 'body', required: true, schema: { $ref: `#/definitions/${name}` } });
      map.set([...at, 'parameters', parameters.length - 1], res(id, 'RequestModels', contentType));
      op.consumes = [contentType];
    }
  }
  // Path parameters need no declaration on a Method (API Gateway's export lists them all).
  for (const name of pathParameters(String(at[1]))) {
    if (!parameters.some((p) => p.in === 'path' && p.name === name))
      parameters.push({ name, in: 'path', required: true, type: 'string' });
  }
  if (parameters.length > 0) op.parameters = parameters;
  const validator = referenced(props.RequestValidatorId);
  if (validator && names.validatorNames.has(validator.id)) {
    op['x-amazon-apigateway-request-validator'] = names.validatorNames.get(validator.id);
    map.set([...at, 'x-amazon-apigateway-request-validator'], res(id, 'RequestValidatorId'));
  }

  const responses: Record<string, unknown> = {};
  (Array.isArray(props.MethodResponses) ? props.MethodResponses : []).forEach(
    (r: Record<string, unknown>, i: number) => {
      if (!r || typeof r !== 'object') return;
      const code = String(r.StatusCode ?? '');
      const response: Record<string, unknown> = { description: code };
      if (r.ResponseParameters && typeof r.ResponseParameters === 'object') {
        response.headers = Object.fromEntries(
          Object.keys(r.ResponseParameters)
            .filter((k) => k.startsWith('method.response.header.'))
            .map((k) => [k.slice('method.response.header.'.length), { type: 'string' }]),
        );
      }
      responses[code] = response;
      map.set([...at, 'responses', code], res(id, 'MethodResponses', i));
    },
  );
  op.responses = responses;

  if (props.Integration && typeof props.Integration === 'object')
    op['x-amazon-apigateway-integration'] = integrationOf(
      id,
      props.Integration as Record<string, unknown>,
      [...at, 'x-amazon-apigateway-integration'],
      map,
    );
  return op;
}

const INTEGRATION_FIELDS: [string, string, ((v: unknown) => unknown)?][] = [
  ['type', 'Type', lower],
  ['httpMethod', 'IntegrationHttpMethod'],
  ['uri', 'Uri'],
  ['credentials', 'Credentials'],
  ['connectionType', 'ConnectionType'],
  ['connectionId', 'ConnectionId'],
  ['timeoutInMillis', 'TimeoutInMillis'],
  ['passthroughBehavior', 'PassthroughBehavior', lower],
  ['contentHandling', 'ContentHandling'],
  ['cacheKeyParameters', 'CacheKeyParameters'],
  ['cacheNamespace', 'CacheNamespace'],
  ['requestParameters', 'RequestParameters'],
  ['requestTemplates', 'RequestTemplates'],
  ['tlsConfig', 'TlsConfig'],
];

function lower(v: unknown): unknown {
  return typeof v === 'string' ? v.toLowerCase() : v;
}

function integrationOf(
  id: string,
  integration: Record<string, unknown>,
  at: JsonPath,
  map: PositionMap,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  map.set(at, res(id, 'Integration'));
  for (const [key, prop, convert] of INTEGRATION_FIELDS) {
    if (integration[prop] === undefined) continue;
    out[key] = convert ? convert(integration[prop]) : integration[prop];
    if (convert) map.set([...at, key], res(id, 'Integration', prop));
    else map.copy([...at, key], res(id, 'Integration', prop));
  }
  if (Array.isArray(integration.IntegrationResponses)) {
    const responses: Record<string, unknown> = {};
    integration.IntegrationResponses.forEach((r: Record<string, unknown>, i: number) => {
      if (!r || typeof r !== 'object') return;
      const key = typeof r.SelectionPattern === 'string' && r.SelectionPattern !== '' ? r.SelectionPattern : 'default';
      // Several without a pattern are several defaults (apigw-integration-response-default-twice): the
      // first stands, value and place alike.
      if (key in responses) return;
      const tpl = res(id, 'Integration', 'IntegrationResponses', i);
      const response: Record<string, unknown> = { statusCode: r.StatusCode };
      map.set([...at, 'responses', key], tpl);
      map.set([...at, 'responses', key, 'statusCode'], [...tpl, 'StatusCode']);
      if (r.ResponseParameters !== undefined) {
        response.responseParameters = r.ResponseParameters;
        map.copy([...at, 'responses', key, 'responseParameters'], [...tpl, 'ResponseParameters']);
      }
      if (r.ResponseTemplates !== undefined) {
        response.responseTemplates = r.ResponseTemplates;
        map.copy([...at, 'responses', key, 'responseTemplates'], [...tpl, 'ResponseTemplates']);
      }
      if (r.ContentHandling !== undefined) {
        response.contentHandling = r.ContentHandling;
        map.copy([...at, 'responses', key, 'contentHandling'], [...tpl, 'ContentHandling']);
      }
      responses[key] = response;
    });
    out.responses = responses;
  }
  return out;
}

export { refersTo };
