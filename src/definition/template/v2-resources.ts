/**
 * An API Gateway v2 API (WebSocket or HTTP) as the template builds it: the `AWS::ApiGatewayV2::*`
 * resources that refer to it, linked by logical id (a Route's `Target: integrations/<Integration>`,
 * a RouteResponse's `RouteId`, an IntegrationResponse's `IntegrationId`, an `AuthorizerId`).
 */
import type { JsonPath } from '../../core/finding.js';
import { referenced, refersTo, resourcesOf, type Resources } from './refs.js';

export interface V2Resource {
  id: string;
  props: Record<string, unknown>;
  /** Path of `Properties` in the template. */
  at: JsonPath;
}

export interface V2Route extends V2Resource {
  routeKey: string | undefined;
  integration?: V2Resource;
  responses: V2Resource[];
}

export interface V2Api extends V2Resource {
  protocol: 'websocket' | 'http';
  routes: V2Route[];
  integrations: V2Resource[];
  integrationResponses: V2Resource[];
  authorizers: V2Resource[];
  stages: V2Resource[];
  /**
   * Set for an `AWS::Serverless::WebSocketApi`: the resources SAM generates, placed at the SAM
   * property they come from: `[...at, Prop]` of a generated resource is written at `rename[Prop]`
   * (`TimeoutInMillis` is the route's `IntegrationTimeout`, `RouteKey` the key of `Routes`).
   */
  generated?: { at: JsonPath; rename: Record<string, JsonPath> }[];
}

export function v2ApisOf(resources: Resources): V2Api[] {
  const apis: V2Api[] = [];
  for (const [id, r] of Object.entries(resources)) {
    if (r?.Type === 'AWS::Serverless::WebSocketApi') {
      const api = samWebSocketApi(id, r.Properties && typeof r.Properties === 'object' ? r.Properties : {});
      if (api) apis.push(api);
      continue;
    }
    if (r?.Type !== 'AWS::ApiGatewayV2::Api') continue;
    const props = r.Properties && typeof r.Properties === 'object' ? r.Properties : {};
    const of = (type: string, property = 'ApiId'): V2Resource[] =>
      resourcesOf(resources, type, id, property).map(([rid, p]) => ({
        id: rid,
        props: p,
        at: ['Resources', rid, 'Properties'],
      }));
    const integrations = of('AWS::ApiGatewayV2::Integration');
    const routeResponses = of('AWS::ApiGatewayV2::RouteResponse');
    const routes = of('AWS::ApiGatewayV2::Route').map((route): V2Route => ({
      ...route,
      routeKey: typeof route.props.RouteKey === 'string' ? route.props.RouteKey : undefined,
      integration: targetOf(route.props.Target, integrations),
      responses: routeResponses.filter((rr) => referenced(rr.props.RouteId)?.id === route.id),
    }));
    apis.push({
      id,
      props,
      at: ['Resources', id, 'Properties'],
      protocol: props.ProtocolType === 'WEBSOCKET' ? 'websocket' : 'http',
      routes,
      integrations,
      integrationResponses: of('AWS::ApiGatewayV2::IntegrationResponse'),
      authorizers: of('AWS::ApiGatewayV2::Authorizer'),
      stages: of('AWS::ApiGatewayV2::Stage'),
    });
  }
  return apis;
}

/** `Target: integrations/<id>` written as `!Join`, `!Sub` or a plain string naming the integration. */
function targetOf(target: unknown, integrations: V2Resource[]): V2Resource | undefined {
  if (target === undefined) return undefined;
  return integrations.find((i) => refersTo(target, i.id));
}

const isMap = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * The WebSocket API the AWS::Serverless transform generates from an `AWS::Serverless::WebSocketApi`
 * (samtranslator/model/api/websocket_api_generator.py): per `Routes` entry a Route and an AWS_PROXY
 * Lambda integration (`IntegrationTimeout` as `TimeoutInMillis`); `Auth` on `$connect` (a REQUEST
 * Lambda authorizer for `AuthType: CUSTOM`, or `AWS_IAM`); one stage with the route settings and
 * stage variables. Undefined when `Routes` is not a mapping (SAM refuses such a template).
 */
function samWebSocketApi(id: string, props: Record<string, unknown>): V2Api | undefined {
  if (!isMap(props.Routes)) return undefined;
  const base: JsonPath = ['Resources', id, 'Properties'];
  const auth = isMap(props.Auth) ? props.Auth : undefined;
  const authType = typeof auth?.AuthType === 'string' ? auth.AuthType.toUpperCase() : undefined;
  const authorizers: V2Resource[] = [];
  if (auth && authType === 'CUSTOM')
    authorizers.push({
      id: `${id}ConnectAuthorizer`,
      props: {
        ApiId: { Ref: id },
        AuthorizerType: 'REQUEST',
        AuthorizerUri: {
          'Fn::Sub': [
            'arn:${AWS::Partition}:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${AuthArn}/invocations',
            { AuthArn: auth.AuthArn },
          ],
        },
        ...(auth.IdentitySource !== undefined ? { IdentitySource: auth.IdentitySource } : {}),
        ...(auth.InvokeRole !== undefined ? { AuthorizerCredentialsArn: auth.InvokeRole } : {}),
        Name: auth.Name ?? `${id}ConnectAuthorizer`,
      },
      at: [...base, 'Auth'],
    });
  const generated: NonNullable<V2Api['generated']> = [
    {
      at: [...base, 'Auth'],
      rename: {
        AuthorizerCredentialsArn: [...base, 'Auth', 'InvokeRole'],
        AuthorizerUri: [...base, 'Auth', 'AuthArn'],
      },
    },
  ];
  const routes: V2Route[] = [];
  const integrations: V2Resource[] = [];
  for (const [key, spec] of Object.entries(props.Routes)) {
    if (!isMap(spec)) continue;
    const at: JsonPath = [...base, 'Routes', key];
    const clean = ['$connect', '$disconnect', '$default'].includes(key)
      ? key.slice(1, 2).toUpperCase() + key.slice(2)
      : key.slice(0, 1).toUpperCase() + key.slice(1).toLowerCase();
    const integration: V2Resource = {
      id: `${id}${clean}Integration`,
      props: {
        ApiId: { Ref: id },
        IntegrationType: 'AWS_PROXY',
        IntegrationUri: {
          'Fn::Sub': [
            'arn:${AWS::Partition}:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${FunctionArn}/invocations',
            { FunctionArn: spec.FunctionArn },
          ],
        },
        ...(spec.IntegrationTimeout !== undefined ? { TimeoutInMillis: spec.IntegrationTimeout } : {}),
      },
      at,
    };
    const copied = [
      'ApiKeyRequired',
      'ModelSelectionExpression',
      'OperationName',
      'RequestModels',
      'RequestParameters',
      'RouteResponseSelectionExpression',
    ];
    const routeProps: Record<string, unknown> = { ApiId: { Ref: id }, RouteKey: key };
    for (const name of copied) if (spec[name] !== undefined) routeProps[name] = spec[name];
    routeProps.Target = { 'Fn::Join': ['/', ['integrations', { Ref: integration.id }]] };
    // SAM puts the API's Auth on $connect only.
    if (key === '$connect' && authType) {
      routeProps.AuthorizationType = authType;
      if (authType === 'CUSTOM' && authorizers[0]) routeProps.AuthorizerId = { Ref: authorizers[0].id };
    }
    integrations.push(integration);
    routes.push({ id: `${id}${clean}Route`, props: routeProps, at, routeKey: key, integration, responses: [] });
    generated.push({
      at,
      rename: {
        RouteKey: at,
        TimeoutInMillis: [...at, 'IntegrationTimeout'],
        IntegrationType: [...at, 'FunctionArn'],
        IntegrationUri: [...at, 'FunctionArn'],
        IntegrationMethod: [...at, 'FunctionArn'],
        Target: at,
        AuthorizationType: [...base, 'Auth'],
        AuthorizerId: [...base, 'Auth'],
      },
    });
  }
  const stageProps: Record<string, unknown> = { ApiId: { Ref: id }, StageName: props.StageName ?? 'default' };
  for (const name of ['DefaultRouteSettings', 'RouteSettings', 'StageVariables', 'AccessLogSettings'])
    if (props[name] !== undefined) stageProps[name] = props[name];
  return {
    id,
    props: {
      ProtocolType: 'WEBSOCKET',
      RouteSelectionExpression: props.RouteSelectionExpression,
      ...(props.ApiKeySelectionExpression !== undefined
        ? { ApiKeySelectionExpression: props.ApiKeySelectionExpression }
        : {}),
      Name: props.Name ?? id,
    },
    at: base,
    protocol: 'websocket',
    routes,
    integrations,
    integrationResponses: [],
    authorizers,
    stages: [{ id: `${id}Stage`, props: stageProps, at: base }],
    generated,
  };
}
