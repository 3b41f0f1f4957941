/**
 * An HTTP API built from `AWS::ApiGatewayV2` resources (`Api` without `Body`, `Route`,
 * `Integration`, `Authorizer`) written as the OpenAPI 3.0 document API Gateway would export for
 * it, so the HTTP API rules check it. Each node remembers the template node it came from.
 */
import type { JsonPath } from '../../core/finding.js';
import { ANY_METHOD, APIGW_METHODS } from '../methods.js';
import { PositionMap } from './position-map.js';
import { referenced, type Resources } from './refs.js';
import { v2ApisOf, type V2Resource } from './v2-resources.js';
import type { BuiltDefinition } from './rest-resources.js';

export function httpApiFromResources(resources: Resources, apiId: string): BuiltDefinition {
  const api = v2ApisOf(resources).find((a) => a.id === apiId);
  const props = api?.props ?? {};
  const map = new PositionMap(['Resources', apiId]);
  const doc: Record<string, unknown> = {
    openapi: '3.0.1',
    info: { title: typeof props.Name === 'string' ? props.Name : apiId, version: '1' },
  };
  map.set(['info', 'title'], [...(api?.at ?? []), 'Name']);
  const paths: Record<string, Record<string, unknown>> = {};
  doc.paths = paths;
  const unplaced: string[] = [];
  if (!api) return { doc, map, unplaced };

  if (props.CorsConfiguration && typeof props.CorsConfiguration === 'object') {
    const c = props.CorsConfiguration as Record<string, unknown>;
    const cors: Record<string, unknown> = {};
    for (const [key, prop] of [
      ['allowOrigins', 'AllowOrigins'],
      ['allowMethods', 'AllowMethods'],
      ['allowHeaders', 'AllowHeaders'],
      ['exposeHeaders', 'ExposeHeaders'],
      ['allowCredentials', 'AllowCredentials'],
      ['maxAge', 'MaxAge'],
    ] as const) {
      if (c[prop] === undefined) continue;
      cors[key] = c[prop];
      map.copy(['x-amazon-apigateway-cors', key], [...api.at, 'CorsConfiguration', prop]);
    }
    doc['x-amazon-apigateway-cors'] = cors;
    map.set(['x-amazon-apigateway-cors'], [...api.at, 'CorsConfiguration']);
  }

  const schemes: Record<string, unknown> = {};
  const authorizerNames = new Map<string, string>();
  for (const a of api.authorizers) {
    const name = typeof a.props.Name === 'string' ? a.props.Name : a.id;
    authorizerNames.set(a.id, name);
    const at = ['components', 'securitySchemes', name];
    const type = String(a.props.AuthorizerType ?? '').toLowerCase();
    const authorizer: Record<string, unknown> = { type };
    map.set(at, ['Resources', a.id]);
    map.set([...at, 'x-amazon-apigateway-authorizer', 'type'], [...a.at, 'AuthorizerType']);
    const field = (key: string, prop: string) => {
      if (a.props[prop] === undefined) return;
      authorizer[key] = a.props[prop];
      map.copy([...at, 'x-amazon-apigateway-authorizer', key], [...a.at, prop]);
    };
    field('identitySource', 'IdentitySource');
    field('authorizerUri', 'AuthorizerUri');
    field('authorizerCredentials', 'AuthorizerCredentialsArn');
    field('authorizerPayloadFormatVersion', 'AuthorizerPayloadFormatVersion');
    field('enableSimpleResponses', 'EnableSimpleResponses');
    field('authorizerResultTtlInSeconds', 'AuthorizerResultTtlInSeconds');
    const jwt = a.props.JwtConfiguration as { Issuer?: unknown; Audience?: unknown } | undefined;
    if (jwt && typeof jwt === 'object') {
      authorizer.jwtConfiguration = {
        ...(jwt.Issuer !== undefined ? { issuer: jwt.Issuer } : {}),
        ...(jwt.Audience !== undefined ? { audience: jwt.Audience } : {}),
      };
      map.set(
        [...at, 'x-amazon-apigateway-authorizer', 'jwtConfiguration', 'issuer'],
        [...a.at, 'JwtConfiguration', 'Issuer'],
      );
      map.copy(
        [...at, 'x-amazon-apigateway-authorizer', 'jwtConfiguration', 'audience'],
        [...a.at, 'JwtConfiguration', 'Audience'],
      );
    }
    schemes[name] =
      type === 'jwt'
        ? { type: 'oauth2', flows: {}, 'x-amazon-apigateway-authorizer': authorizer }
        : { type: 'apiKey', name: 'Authorization', in: 'header', 'x-amazon-apigateway-authorizer': authorizer };
  }

  for (const route of api.routes) {
    const key = route.routeKey;
    const m =
      key === undefined ? null : key === '$default' ? ['$default', 'ANY', '$default'] : /^([A-Z]+) (\/\S*)$/.exec(key);
    if (!m) {
      unplaced.push(route.id);
      continue;
    }
    const [, verb, path] = m as unknown as [string, string, string];
    const op = (APIGW_METHODS as readonly string[]).includes(verb.toLowerCase()) ? verb.toLowerCase() : ANY_METHOD;
    const at = ['paths', path, op];
    const operation: Record<string, unknown> = { responses: { default: { description: 'Default response' } } };
    // Path parameters need no declaration on a route (API Gateway's export lists them all).
    const names = [...path.matchAll(/\{([^}+]+)\+?\}/g)].map((p) => p[1]!);
    if (names.length > 0)
      operation.parameters = names.map((name) => ({ name, in: 'path', required: true, schema: { type: 'string' } }));
    const authorizer = referenced(route.props.AuthorizerId);
    if (authorizer && authorizerNames.has(authorizer.id)) {
      const scopes = Array.isArray(route.props.AuthorizationScopes) ? route.props.AuthorizationScopes.map(String) : [];
      operation.security = [{ [authorizerNames.get(authorizer.id)!]: scopes }];
      map.set([...at, 'security', 0], [...route.at, 'AuthorizerId']);
    }
    if (String(route.props.AuthorizationType ?? '').toUpperCase() === 'AWS_IAM')
      operation['x-amazon-apigateway-auth'] = { type: 'AWS_IAM' };
    if (route.integration)
      operation['x-amazon-apigateway-integration'] = integrationOf(
        route.integration,
        [...at, 'x-amazon-apigateway-integration'],
        map,
      );
    paths[path] ??= {};
    paths[path][op] = operation;
    map.set(['paths', path], ['Resources', route.id]);
    map.set(at, ['Resources', route.id]);
  }
  if (Object.keys(schemes).length > 0) doc.components = { securitySchemes: schemes };
  return { doc, map, unplaced };
}

const FIELDS: [string, string, boolean][] = [
  ['type', 'IntegrationType', true],
  ['integrationSubtype', 'IntegrationSubtype', false],
  ['httpMethod', 'IntegrationMethod', false],
  ['uri', 'IntegrationUri', false],
  ['payloadFormatVersion', 'PayloadFormatVersion', false],
  ['timeoutInMillis', 'TimeoutInMillis', false],
  ['connectionType', 'ConnectionType', false],
  ['connectionId', 'ConnectionId', false],
  ['credentials', 'CredentialsArn', false],
  ['requestParameters', 'RequestParameters', false],
  ['responseParameters', 'ResponseParameters', false],
  ['tlsConfig', 'TlsConfig', false],
];

function integrationOf(integration: V2Resource, at: JsonPath, map: PositionMap): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  map.set(at, ['Resources', integration.id]);
  for (const [key, prop, lower] of FIELDS) {
    const value = integration.props[prop];
    if (value === undefined) continue;
    out[key] = lower && typeof value === 'string' ? value.toLowerCase() : value;
    if (lower) map.set([...at, key], [...integration.at, prop]);
    else map.copy([...at, key], [...integration.at, prop]);
  }
  // Lambda proxy integrations need no IntegrationMethod in CloudFormation; API Gateway calls (and exports) POST.
  if (out.type === 'aws_proxy' && out.httpMethod === undefined) out.httpMethod = 'POST';
  // CloudFormation writes response parameters as {status: {ResponseParameters: [{Destination, Source}]}}.
  if (out.responseParameters && typeof out.responseParameters === 'object') {
    const converted: Record<string, Record<string, unknown>> = {};
    for (const [status, value] of Object.entries(out.responseParameters as Record<string, unknown>)) {
      const list = (value as { ResponseParameters?: unknown } | null)?.ResponseParameters;
      if (!Array.isArray(list)) {
        converted[status] = value as Record<string, unknown>;
        continue;
      }
      converted[status] = {};
      list.forEach((p: { Destination?: unknown; Source?: unknown }, i: number) => {
        if (typeof p?.Destination !== 'string') return;
        converted[status]![p.Destination] = p.Source;
        map.set(
          [...at, 'responseParameters', status, p.Destination],
          [...integration.at, 'ResponseParameters', status, 'ResponseParameters', i],
        );
      });
    }
    out.responseParameters = converted;
  }
  return out;
}
