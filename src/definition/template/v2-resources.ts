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
}

export function v2ApisOf(resources: Resources): V2Api[] {
  const apis: V2Api[] = [];
  for (const [id, r] of Object.entries(resources)) {
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
